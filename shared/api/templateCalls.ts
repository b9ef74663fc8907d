import { z } from 'zod';
import { Uuid } from '../model/draft';
import { FieldDefinitionSchema } from '../fields/fieldDefinition';
import { TEMPLATE_KINDS } from '../templates/template';

/** One template as the gallery and the template manager show it. */
const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  description: z.string(),
  fields: z.array(FieldDefinitionSchema),
  /** Built in with the app, or saved by the clerk from a draft. */
  origin: z.enum(['builtin', 'own']),
  hidden: z.boolean(),
  preview: z.array(z.string()),
});

const templateMeta = { name: z.string().trim().min(1, '请给模板起个名字').max(40, '模板名称最多 40 个字'), description: z.string().trim().max(200) };
const byTemplate = { templateId: z.string().max(100) };

/** The templates new drafts start from: the built-in ones, and the clerk's own saved from a draft. */
export const templateCalls = {
  'templates.list': { input: z.object({}).strict(), output: z.array(TemplateSummarySchema) },
  'templates.saveFromDraft': { input: z.object({ draftId: Uuid, ...templateMeta }).strict(), output: TemplateSummarySchema },
  'templates.update': { input: z.object({ ...byTemplate, ...templateMeta }).strict(), output: TemplateSummarySchema },
  'templates.delete': { input: z.object(byTemplate).strict(), output: z.object({}) },
  'templates.setHidden': { input: z.object({ ...byTemplate, hidden: z.boolean() }).strict(), output: z.object({}) },
} as const;
