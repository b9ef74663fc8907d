import { ApiError } from '../../../shared/api/errors';
import type { ReviewState } from '../../../shared/model/draft';
import { isLocked } from '../../../shared/review/reviewStates';
import { parentsFirst, type PackageComment, type Payload } from '../../../shared/review/packageFormat';
import type { ImportReport } from '../../../shared/review/reviewSchemas';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { describeLetter, type DraftRow } from '../drafts/draftRecords';
import { getRevision, insertRevision, readSnapshot, snapshotHash } from '../revisions/revisionStore';
import { logEvent, reviewLog } from '../review/reviewLog';
import { applyCase } from './packageCase';
import { cutWorkingCopy, readWorkingCopy } from '../drafts/workingCopy';

/** Whether `ancestor` is `revision` itself or reachable from it through parent links. */
function isAncestor(db: Db, ancestor: string, revision: string): boolean {
  if (ancestor === revision) return true;
  const found = db
    .prepare(
      `WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT p.parent_id FROM revision_parents p JOIN up ON p.revision_id = up.id)
       SELECT 1 FROM up WHERE id = ?`,
    )
    .get(revision, ancestor);
  return found !== undefined;
}

/** Adds the package's revisions this store lacks, parents first; a revision thinned here stays thinned. */
function addRevisions(db: Db, payload: Payload): number {
  const known = db.prepare('SELECT hash FROM revisions WHERE id = ?').pluck();
  const thinned = db.prepare('SELECT 1 FROM revision_tombstones WHERE id = ?').pluck();
  let added = 0;
  for (const revision of parentsFirst(payload.revisions)) {
    const hash = known.get(revision.id) as string | undefined;
    if (hash !== undefined) {
      if (hash !== revision.hash) throw new ApiError('conflict', '草稿包中有一个版本与本机同编号的版本内容不同，不能导入。请让对方重新导出一份。');
      continue;
    }
    if (thinned.get(revision.id)) continue;
    insertRevision(db, {
      id: revision.id,
      draftId: payload.draft.id,
      kind: revision.kind,
      parents: revision.parents.filter((parent) => known.get(parent) !== undefined),
      author: revision.author,
      time: revision.time,
      note: revision.note ?? undefined,
      content: revision.content,
      fields: revision.fields,
      chars: revision.chars,
    });
    added++;
  }
  return added;
}

/** Adds unknown comments; a thread resolved on the other PC is resolved here too. */
function addComments(db: Db, draftId: string, comments: readonly PackageComment[]): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, author_unit, created_at, resolved_at, resolved_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const resolve = db.prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND draft_id = ? AND resolved_at IS NULL');
  let added = 0;
  for (const comment of [...comments].sort((a, b) => Number(a.threadId !== null) - Number(b.threadId !== null))) {
    const anchor = comment.anchor && JSON.stringify(comment.anchor);
    added += insert.run(comment.id, draftId, comment.threadId, comment.revisionId, anchor, comment.body, comment.author, comment.authorUnit, comment.time, comment.resolvedAt, comment.resolvedBy).changes;
    if (comment.resolvedAt) resolve.run(comment.resolvedAt, comment.resolvedBy, comment.id, draftId);
  }
  return added;
}

function addEvents(db: Db, payload: Payload): number {
  return payload.reviewLog.filter((event) => logEvent(db, payload.draft.id, event)).length;
}

function setWorkingCopy(ctx: ServiceContext, row: DraftRow, headId: string, state: ReviewState): void {
  const snapshot = readSnapshot(ctx.db, headId);
  const { title, chars } = describeLetter(snapshot.content, JSON.parse(row.field_definitions), snapshot.fields);
  ctx.db
    .prepare(
      `UPDATE drafts SET content = ?, fields = ?, title = ?, chars = ?, working_seq = working_seq + 1, head_revision_id = ?,
         working_changed_at = NULL, review_state = ?, updated_at = ? WHERE id = ?`,
    )
    .run(JSON.stringify(snapshot.content), JSON.stringify(snapshot.fields), title, chars, headId, state, ctx.now().toISOString(), row.id);
}

type HistoryReport = Omit<ImportReport, 'case'>;

function createDraft(ctx: ServiceContext, payload: Payload): HistoryReport {
  const { db } = ctx;
  const { draft } = payload;
  const head = payload.revisions.find((revision) => revision.id === draft.headRevisionId)!;
  const { title, chars } = describeLetter(head.content, draft.fieldDefinitions, head.fields);
  db.prepare(
    `INSERT INTO drafts (id, title, name, template_id, field_definitions, fields, content, chars, head_revision_id, review_state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(draft.id, title, draft.name, draft.templateId, JSON.stringify(draft.fieldDefinitions), JSON.stringify(head.fields), JSON.stringify(head.content), chars,
    draft.headRevisionId, draft.reviewState, draft.createdAt, ctx.now().toISOString());
  return {
    draftId: draft.id,
    title: draft.name ?? title,
    created: true,
    revisionsAdded: addRevisions(db, payload),
    commentsAdded: addComments(db, draft.id, payload.comments),
    eventsAdded: addEvents(db, payload),
    diverged: false,
    current: 'imported',
    state: draft.reviewState,
  };
}

/** Lines the other PC already merged into `head` no longer wait here. */
function dropMergedLines(db: Db, draftId: string, head: string): void {
  const pending = db.prepare('SELECT revision_id FROM pending_merges WHERE draft_id = ?').pluck().all(draftId) as string[];
  const drop = db.prepare('DELETE FROM pending_merges WHERE draft_id = ? AND revision_id = ?');
  pending.filter((revisionId) => isAncestor(db, revisionId, head)).forEach((revisionId) => drop.run(draftId, revisionId));
}

const markPending = (db: Db, draftId: string, revisionId: string, time: string) =>
  db.prepare('INSERT OR IGNORE INTO pending_merges (draft_id, revision_id, created_at) VALUES (?, ?, ?)').run(draftId, revisionId, time);

/**
 * Brings a checked package into the store; call inside a transaction. The same draft (by id) gets the
 * revisions, comments and review events it lacks, and its case (see applyCase). Importing the same
 * package again changes nothing.
 */
export function applyPackage(ctx: ServiceContext, payload: Payload): ImportReport {
  const history = applyHistory(ctx, payload);
  return { ...history, case: payload.case ? applyCase(ctx.db, payload.draft.id, payload.case, ctx.now().toISOString()) : null };
}

/**
 * When both PCs edited, both lines are kept: the local line stays current and the imported one waits
 * to be merged, unless only the imported one is signed off, which then becomes current.
 */
function applyHistory(ctx: ServiceContext, payload: Payload): HistoryReport {
  const { db } = ctx;
  const draftId = payload.draft.id;
  const existing = db.prepare('SELECT * FROM drafts WHERE id = ?').get(draftId) as (DraftRow & { deleted_at: string | null }) | undefined;
  if (!existing) return createDraft(ctx, payload);
  if (existing.deleted_at) throw new ApiError('conflict', '这份草稿在本机的回收站里。请先从回收站还原它，再导入草稿包。');

  const revisionsAdded = addRevisions(db, payload);
  const commentsAdded = addComments(db, draftId, payload.comments);
  const eventsAdded = addEvents(db, payload);
  const imported = payload.draft.headRevisionId;
  const time = ctx.now().toISOString();
  const latestState = reviewLog(db, draftId).at(-1)?.to ?? existing.review_state;
  const report = { draftId, title: existing.name ?? existing.title, created: false, revisionsAdded, commentsAdded, eventsAdded };

  const signedOnlyThere = isLocked(payload.draft.reviewState) && !isLocked(existing.review_state);
  const editedHere = existing.head_revision_id !== imported || snapshotHash(readWorkingCopy(existing)) !== getRevision(db, imported).hash;
  if (isAncestor(db, imported, existing.head_revision_id) && !(signedOnlyThere && editedHere)) {
    if (latestState !== existing.review_state && eventsAdded > 0) db.prepare('UPDATE drafts SET review_state = ?, updated_at = ? WHERE id = ?').run(latestState, time, draftId);
    return { ...report, diverged: false, current: 'local', state: eventsAdded > 0 ? latestState : existing.review_state };
  }
  // Edits typed here since the last revision are a line of their own before anything moves.
  const localHead = cutWorkingCopy(ctx, existing, '导入草稿包前的修改');
  if (isAncestor(db, localHead, imported)) {
    setWorkingCopy(ctx, existing, imported, latestState);
    dropMergedLines(db, draftId, imported);
    return { ...report, diverged: false, current: 'imported', state: latestState };
  }
  if (signedOnlyThere) {
    setWorkingCopy(ctx, existing, imported, payload.draft.reviewState);
    markPending(db, draftId, localHead, time);
    return { ...report, diverged: true, current: 'imported', state: payload.draft.reviewState };
  }
  markPending(db, draftId, imported, time);
  return { ...report, diverged: true, current: 'local', state: existing.review_state };
}
