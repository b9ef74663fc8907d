import { z } from 'zod';
import { LETTER_LIMITS, LetterDocumentSchema } from '../model/document';
import { Uuid } from '../model/draft';
import { PackageRevisionSchema, PayloadSchema, type Payload } from './packageFormat';
import { PACKAGE_LIMITS } from './packageLimits';

/** A page of the team server's pull: the drafts changed since the cursor, the tombstones among them, the bureau's key list. */
export const PullPageSchema = z.object({
  format: z.number().int().min(1),
  cursor: z.number().int().min(0),
  more: z.boolean(),
  drafts: z.array(z.unknown()),
  purged: z.array(z.object({ draftId: Uuid, at: z.string().min(1).max(40) })),
  keyList: z.unknown().optional(),
});

// Only the shell of a revision's text: checking every paragraph of every revision whole was the largest
// cost of a first sync after the store's own work.
const LetterShellSchema = z.object({ version: z.literal(1), blocks: z.array(z.unknown()).max(LETTER_LIMITS.blocks) }).strict();
const PulledPayloadSchema = PayloadSchema.extend({
  revisions: z
    .array(PackageRevisionSchema.extend({ content: LetterShellSchema }))
    .min(1)
    .max(PACKAGE_LIMITS.revisions),
});

/**
 * One draft of a pulled page as a payload, or null when it is damaged. Everything but the revisions'
 * texts is checked whole; of the texts, the head's (which becomes the working copy) is checked whole
 * and the others by their shell: the server checked each one whole when it was pushed, and the caller
 * proves each against its hash as it stores it.
 */
export function pulledPayload(raw: unknown): Payload | null {
  const parsed = PulledPayloadSchema.safeParse(raw);
  if (!parsed.success) return null;
  const head = parsed.data.revisions.find((revision) => revision.id === parsed.data.draft.headRevisionId);
  if (!head || !LetterDocumentSchema.safeParse(head.content).success) return null;
  return parsed.data as Payload;
}
