import { ApiError } from '../../../shared/api/errors';
import { planComments, type CommentResolution, type StoredComment } from '../../../shared/merge/commentMerge';
import { planReviewEvents } from '../../../shared/merge/reviewEventMerge';
import { planRevisions, type RevisionToAdd, type StoredRevisions } from '../../../shared/merge/revisionMerge';
import type { PackageComment, Payload, ReviewEvent } from '../../../shared/review/packageFormat';
import { NO_DEADLINE, type Deadline } from '../../../shared/review/packageLimits';
import type { Db } from '../../db/open';
import { provenRow } from '../../db/rowSums/provenRows';
import { insertPreparedRevision, insertRevision } from '../revisions/graph/revisionStore';
import type { ArrivedPayload, ArrivedRevision } from './arrivedPayload';
import { logEvent } from '../review/reviewLog';

/** What the package brings that the store lacks, planned before anything is written. */
export interface RecordsPlan {
  revisions: RevisionToAdd<ArrivedRevision>[];
  comments: PackageComment[];
  resolve: CommentResolution[];
  events: ReviewEvent[];
}

function storedRevisions(db: Db, payload: ArrivedPayload, deadline: Deadline): StoredRevisions {
  // Proven rows only: a damaged hash or draft id must refuse the merge, never steer it.
  const held = db.prepare('SELECT * FROM revisions WHERE id = ?');
  const tombstone = db.prepare('SELECT * FROM revision_tombstones WHERE id = ?');
  const stored = { hashes: new Map<string, string>(), thinned: new Set<string>(), drafts: new Map<string, string>() };
  for (const { id } of payload.revisions) {
    deadline.check();
    const row = provenRow(db, 'revisions', held.get(id) as { hash: string; draft_id: string } | undefined);
    const thinnedUnder = row ? undefined : provenRow(db, 'revision_tombstones', tombstone.get(id) as { draft_id: string } | undefined)?.draft_id;
    if (row) stored.hashes.set(id, row.hash);
    if (thinnedUnder !== undefined) stored.thinned.add(id);
    const draftId = row?.draft_id ?? thinnedUnder;
    if (draftId !== undefined) stored.drafts.set(id, draftId);
  }
  return stored;
}

function storedComments(db: Db, payload: Pick<Payload, 'comments'>, deadline: Deadline): Map<string, StoredComment> {
  const find = db.prepare('SELECT * FROM comments WHERE id = ?');
  const stored = new Map<string, StoredComment>();
  for (const { id } of payload.comments) {
    deadline.check();
    const found = provenRow(db, 'comments', find.get(id) as { draft_id: string; resolved_at: string | null } | undefined);
    if (found) stored.set(id, { draftId: found.draft_id, resolvedAt: found.resolved_at });
  }
  return stored;
}

function storedEvents(db: Db, payload: Pick<Payload, 'reviewLog'>, deadline: Deadline): Map<string, string> {
  const find = db.prepare('SELECT * FROM review_events WHERE id = ?');
  const stored = new Map<string, string>();
  for (const { id } of payload.reviewLog) {
    deadline.check();
    const found = provenRow(db, 'review_events', find.get(id) as { draft_id: string } | undefined);
    if (found) stored.set(id, found.draft_id);
  }
  return stored;
}

/**
 * Plans what the package adds (see planRevisions, planComments, planReviewEvents) from what the store
 * holds; refuses the package (ApiError) on any clash, before anything is written.
 */
export function planRecords(db: Db, payload: ArrivedPayload, deadline: Deadline = NO_DEADLINE): RecordsPlan {
  const { draft } = payload;
  const revisions = planRevisions(draft, payload.revisions, storedRevisions(db, payload, deadline));
  if (revisions.refused) throw new ApiError('conflict', revisions.reason);
  const comments = planComments(draft.id, payload.comments, storedComments(db, payload, deadline));
  if (comments.refused) throw new ApiError('conflict', comments.reason);
  const events = planReviewEvents(draft.id, payload.reviewLog, storedEvents(db, payload, deadline));
  if (events.refused) throw new ApiError('conflict', events.reason);
  return { revisions: revisions.add, comments: comments.add, resolve: comments.resolve, events: events.add };
}

function addRevisions(db: Db, draftId: string, add: readonly RevisionToAdd<ArrivedRevision>[], deadline: Deadline): void {
  for (const { revision, parents } of add) {
    deadline.check();
    const row = {
      id: revision.id,
      draftId,
      kind: revision.kind,
      parents,
      author: revision.author,
      time: revision.time,
      note: revision.note ?? undefined,
      chars: revision.chars,
    };
    if (!('prepared' in revision)) insertRevision(db, { ...row, content: revision.content, fields: revision.fields });
    else if (revision.prepared.hash === revision.hash) insertPreparedRevision(db, row, revision.prepared);
    else throw new Error(`revision ${revision.id} was prepared from another text than its hash`);
  }
}

function addComments(db: Db, draftId: string, plan: RecordsPlan, deadline: Deadline): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, author_unit, created_at, resolved_at, resolved_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const comment of plan.comments) {
    deadline.check();
    const anchor = comment.anchor && JSON.stringify(comment.anchor);
    added += insert.run(
      comment.id,
      draftId,
      comment.threadId,
      comment.revisionId,
      anchor,
      comment.body,
      comment.author,
      comment.authorUnit,
      comment.time,
      comment.resolvedAt,
      comment.resolvedBy,
    ).changes;
  }
  const resolve = db.prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND draft_id = ? AND resolved_at IS NULL');
  for (const resolution of plan.resolve) resolve.run(resolution.resolvedAt, resolution.resolvedBy, resolution.id, draftId);
  return added;
}

export interface AddedRecords {
  revisions: number;
  comments: number;
  events: ReviewEvent[];
}

/** Writes a plan of planRecords: revisions, then comments, then review events. Call inside the import's transaction. */
export function addRecords(db: Db, draftId: string, plan: RecordsPlan, deadline: Deadline = NO_DEADLINE, receivedAt = new Date().toISOString()): AddedRecords {
  addRevisions(db, draftId, plan.revisions, deadline);
  const comments = addComments(db, draftId, plan, deadline);
  const events = plan.events.filter((event) => {
    deadline.check();
    return logEvent(db, draftId, event, 'package', receivedAt);
  });
  return { revisions: plan.revisions.length, comments, events };
}
