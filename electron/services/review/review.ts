import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { ReviewStatus } from '../../../shared/review/reviewSchemas';
import { isLocked } from '../../../shared/review/reviewStates';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow } from '../drafts/records/draftRecords';
import { replaceWorkingCopy } from '../drafts/records/draftWrites';
import { getRevision, insertRevision } from '../revisions/graph/revisionStore';
import { takeSignedStep } from './signedStep';
import { verifiedLog } from './verifiedLog';
import { provenRows } from '../../db/rowSums/provenRows';
import { assertEditable, cutWorkingCopy } from '../drafts/records/workingCopy';

export function pendingMergeIds(db: Db, draftId: string): string[] {
  const rows = db.prepare('SELECT * FROM pending_merges WHERE draft_id = ? ORDER BY created_at, revision_id').all(draftId) as { revision_id: string }[];
  return provenRows(db, 'pending_merges', rows).map((row) => row.revision_id);
}

/** Whether `line` descends from `revisionId` (itself excluded), over the parent links however far back. */
function descendsFrom(db: Db, line: string, revisionId: string): boolean {
  const found = db
    .prepare(
      `WITH RECURSIVE up(id) AS (SELECT parent_id FROM revision_parents WHERE revision_id = ? UNION SELECT p.parent_id FROM revision_parents p JOIN up ON p.revision_id = up.id)
       SELECT 1 FROM up WHERE id = ?`,
    )
    .get(line, revisionId);
  return found !== undefined;
}

/** The draft's state, its log with this PC's verdict beside each event, and the lines waiting to be merged. */
export function reviewStatus(db: Db, draftId: string): ReviewStatus {
  const row = loadDraftRow(db, draftId);
  const { events, verdicts, replay } = verifiedLog(db, draftId);
  const pending = pendingMergeIds(db, draftId);
  const counted = new Set(replay.counted);
  const signing = isLocked(replay.state)
    ? events.filter((event) => counted.has(event.id) && (event.action === 'sign' || event.action === 'paperSign')).at(-1)
    : undefined;
  return {
    state: row.review_state,
    log: events.map((event) => ({ ...event, verdict: verdicts.get(event.id)! })),
    pendingMerges: pending.map((id) => getRevision(db, id)),
    afterSigning: signing ? pending.filter((line) => descendsFrom(db, line, signing.revisionId)) : [],
  };
}

type ReviewHandlers = Pick<Handlers, 'review.status' | 'review.transition' | 'review.merge'>;

export function reviewHandlers(ctx: ServiceContext): ReviewHandlers {
  const { db } = ctx;
  return {
    'review.status': ({ draftId }) => reviewStatus(db, draftId),

    'review.transition': (request) => {
      takeSignedStep(ctx, request);
      return reviewStatus(db, request.draftId);
    },

    // The reconciled text becomes a merge revision with both lines as parents, and the working copy.
    'review.merge': ({ draftId, revisionId, content, fields, localBase }) =>
      db.transaction(() => {
        const row = loadDraftRow(db, draftId);
        assertEditable(row, '合并');
        if (!pendingMergeIds(db, draftId).includes(revisionId)) throw new ApiError('not_found', '这条待合并的修改已经合并过了，请刷新。');
        if (localBase && (localBase.revisionId !== row.head_revision_id || localBase.seq !== row.working_seq)) {
          throw new ApiError('conflict', '合并期间当前稿又有了修改，合并没有保存。请重新打开「逐段合并」，在最新的稿子上再合并。');
        }
        const head = cutWorkingCopy(ctx, row, '合并前的修改');
        const time = ctx.now().toISOString();
        const { title, chars } = describeLetter(content, JSON.parse(row.field_definitions) as FieldDefinition[], fields);
        const merged = insertRevision(db, {
          draftId,
          kind: 'merge',
          parents: [head, revisionId],
          author: ctx.author,
          time,
          note: `合并 ${getRevision(db, revisionId).author} 的修改`,
          content,
          fields,
          chars,
        });
        replaceWorkingCopy(db, draftId, { revisionId: merged.id, content, fields, title, chars }, time);
        db.prepare('DELETE FROM pending_merges WHERE draft_id = ? AND revision_id = ?').run(draftId, revisionId);
        return reviewStatus(db, draftId);
      })(),
  };
}
