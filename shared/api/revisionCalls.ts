import { z } from 'zod';
import { LetterDocumentSchema } from '../model/document';
import { RevisionSummarySchema, Uuid } from '../model/draft';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';

/** A draft's history: its revisions, saving one on purpose (a checkpoint), reading one, and going back to one. */
export const revisionCalls = {
  'revisions.list': { input: z.object({ draftId: Uuid }).strict(), output: z.array(RevisionSummarySchema) },
  'revisions.checkpoint': {
    input: z.object({ draftId: Uuid, note: z.string().max(500).optional() }).strict(),
    output: RevisionSummarySchema,
  },
  'revisions.get': {
    input: z.object({ revisionId: Uuid }).strict(),
    output: z.object({
      revision: RevisionSummarySchema,
      content: LetterDocumentSchema,
      fields: FieldValuesSchema,
      /** The draft's field definitions, to name and render the fields. */
      fieldDefinitions: z.array(FieldDefinitionSchema),
    }),
  },
  'revisions.restore': {
    input: z.object({ draftId: Uuid, revisionId: Uuid }).strict(),
    output: RevisionSummarySchema,
  },
  /**
   * The suggestions a waiting line makes: each change from where the line left the draft's, with who
   * made it, in the order of the comparison. For an imported 修订稿, `original` is the text its 修订
   * were made on (every 修订 rejected), which the clerk accepts or rejects them against one by one;
   * null for any other line, whose suggestions only explain the merge rows.
   */
  'revisions.suggestions': {
    input: z.object({ draftId: Uuid, revisionId: Uuid }).strict(),
    output: z.object({
      original: Uuid.nullable(),
      suggestions: z.array(
        z.object({
          kind: z.enum(['insert', 'delete', 'replace', 'move', 'format', 'field', 'bold']),
          before: z.string(),
          after: z.string(),
          /** For kind 'bold': whether the words become bold (true) or stop being bold. */
          bold: z.boolean().optional(),
          /** Where it is, in words (「第 3 段」「表 1 第 2 行第 3 列」): in the line's last revision, its first for a deletion; null for a field value. */
          place: z.string().nullable(),
          author: z.string(),
          time: z.string(),
        }),
      ),
    }),
  },
} as const;
