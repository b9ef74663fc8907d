import type { ReviewState } from '../../../shared/model/draft';
import type { ReviewEvent } from '../../../shared/review/packageFormat';
import type { Db } from '../../db/open';

interface EventRow {
  id: string;
  action: ReviewEvent['action'];
  from_state: ReviewState;
  to_state: ReviewState;
  actor: string;
  actor_unit: string;
  actor_role: ReviewEvent['actorRole'];
  reason: string | null;
  signer: string | null;
  signed_on: string | null;
  revision_id: string;
  created_at: string;
}

export function reviewLog(db: Db, draftId: string): ReviewEvent[] {
  const rows = db.prepare('SELECT * FROM review_events WHERE draft_id = ? ORDER BY created_at, rowid').all(draftId) as EventRow[];
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    from: row.from_state,
    to: row.to_state,
    actor: row.actor,
    actorUnit: row.actor_unit,
    actorRole: row.actor_role,
    reason: row.reason,
    signer: row.signer,
    signedOn: row.signed_on,
    revisionId: row.revision_id,
    time: row.created_at,
  }));
}

/** Adds an event unless one with its id is already logged; true when it was added. */
export function logEvent(db: Db, draftId: string, event: ReviewEvent): boolean {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_unit, actor_role, reason, signer, signed_on, revision_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(event.id, draftId, event.action, event.from, event.to, event.actor, event.actorUnit, event.actorRole, event.reason, event.signer, event.signedOn, event.revisionId, event.time);
  return result.changes > 0;
}
