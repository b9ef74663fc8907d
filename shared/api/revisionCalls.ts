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
   * The suggestions a waiting line makes (an imported 修订稿): each change from where the line left the
   * draft's (`original`, null when the line has none), with who made it, in the order of the
   * comparison of `original` with the line's last revision.
   */
  'revisions.suggestions': {
    input: z.object({ draftId: Uuid, revisionId: Uuid }).strict(),
    output: z.object({
      original: Uuid.nullable(),
      suggestions: z.array(
        z.object({
          kind: z.enum(['insert', 'delete', 'replace', 'move', 'format', 'field']),
          before: z.string(),
          after: z.string(),
          /** 0-based paragraph in the line's last revision (its first for a deletion); null for a field value. */
          paragraph: z.number().int().nullable(),
          author: z.string(),
          time: z.string(),
        }),
      ),
    }),
  },
} as const;
