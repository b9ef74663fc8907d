import { z } from 'zod';
import { LetterDocumentSchema } from '../model/document';
import { DraftSchema, DraftSummarySchema, Uuid } from '../model/draft';
import { FieldValuesSchema } from '../fields/fieldDefinition';
import { BACKUP_NAME_PATTERN } from '../model/backup';
import { ListFilterSchema } from '../search/listFilter';

const noInput = z.object({}).strict();
const byDraft = z.object({ draftId: Uuid }).strict();

/**
 * What a save reports: saved as the working copy, or — when another window saved the same draft since
 * this one's base — kept as a parallel revision on that base (named here) so neither window's text is lost.
 */
const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    savedAt: z.string(),
    base: z.object({ revisionId: Uuid, seq: z.number().int() }),
  }),
  z.object({ status: z.literal('diverged'), revisionId: Uuid }),
]);

/** Drafts: creating, opening, saving the working copy, renaming, and the trash. */
export const draftCalls = {
  'drafts.list': { input: ListFilterSchema, output: z.array(DraftSummarySchema) },
  'drafts.create': {
    input: z.object({ templateId: z.string().min(1).max(100) }).strict(),
    output: DraftSchema,
  },
  'drafts.get': { input: byDraft, output: DraftSchema },
  'drafts.import': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        text: z.string().max(2_000_000),
        /** A text longer than one letter can hold becomes several drafts, in order, instead of being refused. */
        split: z.boolean().optional(),
      })
      .strict(),
    /** The first draft made, and every draft made (one unless the text was split). */
    output: DraftSchema.extend({ warnings: z.array(z.string()), parts: z.array(z.object({ id: Uuid, title: z.string() })) }),
  },
  'drafts.save': {
    input: z
      .object({
        draftId: Uuid,
        base: z.object({ revisionId: Uuid, seq: z.number().int().min(0) }).strict(),
        content: LetterDocumentSchema,
        fields: FieldValuesSchema,
      })
      .strict(),
    output: SaveResultSchema,
  },
  'drafts.close': { input: byDraft, output: z.object({ revisionId: Uuid.nullable() }) },
  'drafts.duplicate': { input: byDraft, output: DraftSchema },
  'drafts.rename': {
    input: z.object({ draftId: Uuid, name: z.string().max(100, '名称最多 100 个字') }).strict(),
    output: DraftSummarySchema,
  },
  'drafts.delete': { input: byDraft, output: z.object({}) },
  'drafts.trash': { input: noInput, output: z.array(DraftSummarySchema.extend({ deletedAt: z.string() })) },
  'drafts.undelete': { input: byDraft, output: z.object({}) },
  'drafts.purge': { input: z.object({ draftId: Uuid, confirm: z.literal(true) }).strict(), output: z.object({}) },
  /**
   * The clerk's decision on a damaged draft (drafts.get answers it read-only): write on from what is
   * shown (`revisionId`: the revision shown, null when the working copy was), or bring this one draft
   * back from a backup that holds it sound. Nothing else in the store changes.
   */
  'drafts.recover': {
    input: z
      .object({
        draftId: Uuid,
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('shown'), revisionId: Uuid.nullable() }).strict(),
          z.object({ kind: z.literal('backup'), name: z.string().max(100).regex(BACKUP_NAME_PATTERN, '备份文件名不对') }).strict(),
        ]),
      })
      .strict(),
    output: DraftSchema,
  },
} as const;
