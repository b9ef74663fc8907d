import { z } from 'zod';
import { BLOCK_ROLES, type Block, type Inline, type LetterDocument } from '../model/document';
import { FieldDefinitionSchema } from '../fields/fieldDefinition';

export const TEMPLATE_KINDS = ['zhengxie', 'renda', 'opinion', 'other'] as const;

const PLACEHOLDER = /\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}/g;

export const TemplateBlockSchema = z
  .object({
    role: z.enum(BLOCK_ROLES),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    text: z.string(),
  })
  .strict();

export const TemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    kind: z.enum(TEMPLATE_KINDS),
    description: z.string().min(1),
    fields: z.array(FieldDefinitionSchema),
    blocks: z.array(TemplateBlockSchema).min(1),
  })
  .strict()
  .superRefine((template, ctx) => {
    const names = new Set(template.fields.map((field) => field.name));
    for (const block of template.blocks) {
      for (const [, name] of block.text.matchAll(PLACEHOLDER)) {
        if (!names.has(name)) {
          ctx.addIssue({ code: 'custom', message: `模板正文用到了未定义的字段「${name}」` });
        }
      }
    }
  });

export type TemplateBlock = z.infer<typeof TemplateBlockSchema>;
export type Template = z.infer<typeof TemplateSchema>;

function toInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) inlines.push({ t: 'text', text: text.slice(last, match.index) });
    inlines.push({ t: 'field', name: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ t: 'text', text: text.slice(last) });
  return inlines;
}

/** The document a new draft starts with: template prose with its placeholders as field runs. */
export function instantiateTemplate(template: Template): LetterDocument {
  const blocks: Block[] = template.blocks.map((block) => ({
    role: block.role,
    ...(block.level === undefined ? {} : { level: block.level }),
    inlines: toInlines(block.text),
  }));
  return { version: 1, blocks };
}
