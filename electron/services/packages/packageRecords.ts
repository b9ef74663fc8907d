import { ApiError } from '../../../shared/api/errors';
import { planComments, type StoredComment } from '../../../shared/merge/commentMerge';
import { newReviewEvents } from '../../../shared/merge/reviewEventMerge';
import { planRevisions } from '../../../shared/merge/revisionMerge';
import type { Payload, ReviewEvent } from '../../../shared/review/packageFormat';
import type { Db } from '../../db/open';
import { insertRevision } from '../revisions/revisionStore';
import { logEvent } from '../review/reviewLog';

/** Adds the package's revisions this store lacks (see planRevisions); refuses the package on a clash. */
function addRevisions(db: Db, payload: Payload): number {
  const hash = db.prepare('SELECT hash FROM revisions WHERE id = ?').pluck();
  const tombstone = db.prepare('SELECT 1 FROM revision_tombstones WHERE id = ?').pluck();
  const hashes = new Map<string, string>();
  const thinned = new Set<string>();
  for (const { id } of payload.revisions) {
    const stored = hash.get(id) as string | undefined;
    if (stored !== undefined) hashes.set(id, stored);
    else if (tombstone.get(id)) thinned.add(id);
  }
  const plan = planRevisions(payload.revisions, { hashes, thinned });
  if (plan.refused) throw new ApiError('conflict', plan.reason);
  for (const { revision, parents } of plan.add) {
    insertRevision(db, {
      id: revision.id,
      draftId: payload.draft.id,
      kind: revision.kind,
      parents,
      author: revision.author,
      time: revision.time,
      note: revision.note ?? undefined,
      content: revision.content,
      fields: revision.fields,
      chars: revision.chars,
    });
  }
  return plan.add.length;
}

/** Adds the package's comments this store lacks and resolves threads resolved there (see planComments); returns how many were added. */
function addComments(db: Db, payload: Payload): number {
  const draftId = payload.draft.id;
  const find = db.prepare('SELECT draft_id AS draftId, resolved_at AS resolvedAt FROM comments WHERE id = ?');
  const stored = new Map<string, StoredComment>();
  for (const { id } of payload.comments) {
    const found = find.get(id) as StoredComment | undefined;
    if (found) stored.set(id, found);
  }
  const plan = planComments(draftId, payload.comments, stored);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, author_unit, created_at, resolved_at, resolved_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const comment of plan.add) {
    const anchor = comment.anchor && JSON.stringify(comment.anchor);
    added += insert.run(comment.id, draftId, comment.threadId, comment.revisionId, anchor, comment.body, comment.author, comment.authorUnit, comment.time, comment.resolvedAt, comment.resolvedBy).changes;
  }
  const resolve = db.prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND draft_id = ? AND resolved_at IS NULL');
  for (const resolution of plan.resolve) resolve.run(resolution.resolvedAt, resolution.resolvedBy, resolution.id, draftId);
  return added;
}

/** Logs the package's review events this store lacks; returns those logged, in the package's order. */
function addEvents(db: Db, payload: Payload): ReviewEvent[] {
  const known = db.prepare('SELECT 1 FROM review_events WHERE id = ?').pluck();
  const stored = new Set(payload.reviewLog.filter((event) => known.get(event.id)).map((event) => event.id));
  return newReviewEvents(payload.reviewLog, stored).filter((event) => logEvent(db, payload.draft.id, event));
}

export interface AddedRecords {
  revisions: number;
  comments: number;
  events: ReviewEvent[];
}

/** Adds what the package brings that the store lacks: revisions, then comments, then review events. */
export function addRecords(db: Db, payload: Payload): AddedRecords {
  return { revisions: addRevisions(db, payload), comments: addComments(db, payload), events: addEvents(db, payload) };
}
