import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { isLocked } from '../../../shared/review/reviewStates';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { loadDraftRow } from '../drafts/records/draftRecords';
import { getRevision, readSnapshot } from '../revisions/graph/revisionStore';
import { pendingMergeIds } from './review';
import { readWorkingCopy } from '../drafts/records/workingCopy';

/** The latest revision that both `a` and `b` descend from (or are), by time; undefined when none is left. */
export function commonAncestor(db: Db, a: string, b: string): string | undefined {
  return db
    .prepare(
      `WITH RECURSIVE
         up_a(id) AS (SELECT ? UNION SELECT p.parent_id FROM revision_parents p JOIN up_a ON p.revision_id = up_a.id),
         up_b(id) AS (SELECT ? UNION SELECT p.parent_id FROM revision_parents p JOIN up_b ON p.revision_id = up_b.id)
       SELECT r.id FROM revisions r JOIN up_a ON up_a.id = r.id JOIN up_b ON up_b.id = r.id
       ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1`,
    )
    .pluck()
    .get(a, b) as string | undefined;
}

/** The merge editor's material: the working copy with its base, the waiting line, and their common ancestor. */
export function mergeSourceHandlers(ctx: ServiceContext): Pick<Handlers, 'review.mergeSources'> {
  const { db } = ctx;
  return {
    'review.mergeSources': ({ draftId, revisionId }) => {
      const row = loadDraftRow(db, draftId);
      if (!pendingMergeIds(db, draftId).includes(revisionId)) throw new ApiError('not_found', '这条待合并的修改已经合并过了，请刷新。');
      const ancestorId = commonAncestor(db, row.head_revision_id, revisionId);
      return {
        local: { base: { revisionId: row.head_revision_id, seq: row.working_seq }, ...readWorkingCopy(row) },
        imported: { revision: getRevision(db, revisionId), ...readSnapshot(db, revisionId) },
        ancestor: ancestorId ? readSnapshot(db, ancestorId) : null,
        locked: isLocked(row.review_state),
      };
    },
  };
}
