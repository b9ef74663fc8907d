import type { ReviewEvent } from '../../../shared/review/packageFormat';
import type { Db } from '../../db/open';
import { eventFromRow, type ReviewEventRow } from '../../db/reviewLog/reviewEventRows';
import { provenRows } from '../../db/rowSums/provenRows';

/** A draft's events as stored, in the order they were logged, with when and how each reached this PC. */
export function reviewLogRows(db: Db, draftId: string): ReviewEventRow[] {
  return provenRows(
    db,
    'review_events',
    db.prepare('SELECT * FROM review_events WHERE draft_id = ? ORDER BY created_at, rowid').all(draftId) as ReviewEventRow[],
  );
}

export function reviewLog(db: Db, draftId: string): ReviewEvent[] {
  return reviewLogRows(db, draftId).map(eventFromRow);
}

/**
 * Adds an event, signed or not, exactly as it is, unless one with its id is already logged; true
 * when it was added. `origin` says whether it was logged here or received in a package, and
 * `receivedAt` when this PC first saw it.
 */
export function logEvent(db: Db, draftId: string, event: ReviewEvent, origin: 'here' | 'package', receivedAt: string): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_unit, actor_role, reason, signer, signed_on, revision_id, created_at,
         actor_id, revision_hash, prev_hash, device_id, encoding, signature, received_at, origin, sent_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      event.id,
      draftId,
      event.action,
      event.from,
      event.to,
      event.actor,
      event.actorUnit,
      event.actorRole,
      event.reason,
      event.signer,
      event.signedOn,
      event.revisionId,
      event.time,
      event.actorId,
      event.revisionHash,
      event.prev,
      event.deviceId,
      event.v,
      event.signature && JSON.stringify(event.signature),
      receivedAt,
      origin,
      event.sentTo ? JSON.stringify(event.sentTo) : null,
    );
  return result.changes > 0;
}
