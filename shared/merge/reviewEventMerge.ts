import type { ReviewEvent } from '../review/packageFormat';
import { filedElsewhere, identityClashMessage } from './identityClash';

export type ReviewEventPlan = { refused: false; add: ReviewEvent[] } | { refused: true; eventId: string; reason: string };

/**
 * The review log is append-only, known by event id: the package's events the store lacks, in the
 * package's order. `stored`: the draft each of the package's events the store has is logged under;
 * an event logged under another draft refuses the package.
 */
export function planReviewEvents(draftId: string, carried: readonly ReviewEvent[], stored: ReadonlyMap<string, string>): ReviewEventPlan {
  const elsewhere = filedElsewhere(
    draftId,
    carried.map((event) => event.id),
    stored,
  );
  if (elsewhere !== undefined) return { refused: true, eventId: elsewhere, reason: identityClashMessage('审核记录', elsewhere) };
  const known = new Set(stored.keys());
  const add = carried.filter((event) => {
    if (known.has(event.id)) return false;
    known.add(event.id);
    return true;
  });
  return { refused: false, add };
}
