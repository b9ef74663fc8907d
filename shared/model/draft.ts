import { z } from 'zod';
import { LetterDocumentSchema } from './document';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';
import { DraftDamageSchema } from './draftDamage';

export const REVIEW_STATES = ['drafting', 'submitted', 'returned', 'approved', 'signed', 'issued'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  drafting: '起草中',
  submitted: '待审核',
  returned: '退回修改',
  approved: '审核通过',
  signed: '已签发',
  issued: '已印发',
};

export const REVISION_KINDS = ['checkpoint', 'auto', 'restore', 'import', 'merge', 'case-update'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export const Uuid = z.uuid({ message: '编号格式不对' });

export const DraftSummarySchema = z.object({
  id: Uuid,
  title: z.string(),
  /** The clerk named this draft; otherwise `title` is the letter's own title. */
  named: z.boolean(),
  templateId: z.string().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  chars: z.number().int(),
  unfilled: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Stored bytes of this draft no longer match their checksum: it opens read-only until the clerk decides. */
  damaged: z.literal(true).optional(),
});

/** What an editor needs to continue a draft, including the base it must name when saving. */
export const DraftSchema = DraftSummarySchema.extend({
  fieldDefinitions: z.array(FieldDefinitionSchema),
  fields: FieldValuesSchema,
  content: LetterDocumentSchema,
  base: z.object({ revisionId: Uuid, seq: z.number().int() }),
  /** Present when the stored draft is damaged: shown read-only, with what was lost and how to recover it. */
  damage: DraftDamageSchema.optional(),
});

export const RevisionSummarySchema = z.object({
  id: Uuid,
  draftId: Uuid,
  parents: z.array(Uuid),
  kind: z.enum(REVISION_KINDS),
  author: z.string(),
  time: z.string(),
  note: z.string().nullable(),
  hash: z.string(),
  chars: z.number().int(),
});

export type DraftSummary = z.infer<typeof DraftSummarySchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;
