import type { ReviewState } from '../../../shared/model/draft';
import type { ReviewEvent } from '../../../shared/review/reviewEvent';
import type { EventVerdict } from '../../../shared/review/verdicts';
import { replayLog, type Replay } from '../../../shared/trust/replay';
import type { DraftFacts, TrustView } from '../../../shared/trust/trustView';
import { eventFromRow } from '../../db/reviewLog/reviewEventRows';
import type { Db } from '../../db/open';
import { setReviewState } from '../drafts/records/draftWrites';
import { trustView } from '../keys/trustStore';
import { verifyingPort } from '../keys/verifyingPort';
import { reviewLogRows } from './reviewLog';
import { readKnownUsers } from './users';

export interface VerifiedLog {
  events: ReviewEvent[];
  verdicts: Map<string, EventVerdict>;
  replay: Replay;
  trust: TrustView;
}

/** What this PC trusts now: its key list, its own keys and its id. */
export const currentTrust = (db: Db): TrustView => trustView(db, readKnownUsers(db));

/** A draft's events judged against what this PC trusts now, and the state they replay to. */
export function verifiedLog(db: Db, draftId: string, trust: TrustView = currentTrust(db)): VerifiedLog {
  const rows = reviewLogRows(db, draftId);
  const events = rows.map(eventFromRow);
  // A thinned revision keeps its hash in its tombstone: a step that names it still checks against it.
  const hashes = db
    .prepare('SELECT id, hash FROM revisions WHERE draft_id = ? UNION ALL SELECT id, hash FROM revision_tombstones WHERE draft_id = ?')
    .all(draftId, draftId) as {
    id: string;
    hash: string;
  }[];
  const facts: DraftFacts = {
    draftId,
    revisionHashes: new Map(hashes.map((row) => [row.id, row.hash])),
    firstSeen: new Map(rows.map((row) => [row.id, row.received_at])),
    madeHere: new Set(rows.filter((row) => row.origin === 'here').map((row) => row.id)),
  };
  const replay = replayLog(events, facts, trust, verifyingPort);
  return { events, verdicts: replay.verdicts, replay, trust };
}

/**
 * Brings the draft's stored review state in line with the replay of its verified events; returns the
 * state and whether it changed. Run after anything that adds events or changes what this PC trusts.
 */
export function settleReviewState(db: Db, draftId: string, time: string, trust?: TrustView): { from: ReviewState; to: ReviewState } {
  const from = (db.prepare('SELECT review_state FROM drafts WHERE id = ?').pluck().get(draftId) as ReviewState | undefined) ?? 'drafting';
  const to = verifiedLog(db, draftId, trust).replay.state;
  if (to !== from) setReviewState(db, draftId, to, time);
  return { from, to };
}
