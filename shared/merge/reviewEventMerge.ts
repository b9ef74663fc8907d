import type { ReviewState } from '../model/draft';
import type { ReviewEvent } from '../review/packageFormat';

/** The review log is append-only, known by event id: the package's events the store lacks, in the package's order. */
export function newReviewEvents(carried: readonly ReviewEvent[], stored: ReadonlySet<string>): ReviewEvent[] {
  const known = new Set(stored);
  return carried.filter((event) => {
    if (known.has(event.id)) return false;
    known.add(event.id);
    return true;
  });
}

/**
 * The state a draft's log ends in once `added` joined `local` (its log as stored, oldest first): the
 * latest event by time wins, and of events logged at the same time the one logged last. Undefined
 * for an empty log.
 */
export function loggedState(local: readonly ReviewEvent[], added: readonly ReviewEvent[]): ReviewState | undefined {
  let latest: ReviewEvent | undefined;
  for (const event of [...local, ...added]) if (!latest || event.time >= latest.time) latest = event;
  return latest?.to;
}
