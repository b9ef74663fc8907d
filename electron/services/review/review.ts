import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { refusal, TRANSITIONS } from '../../../shared/review/reviewStates';
import type { ReviewStatus } from '../../../shared/review/reviewSchemas';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { describeLetter, loadDraftRow } from '../drafts/draftRecords';
import { moveHead, replaceWorkingCopy, setReviewState } from '../drafts/draftWrites';
import { getRevision, insertRevision } from '../revisions/revisionStore';
import { logEvent, reviewLog } from './reviewLog';
import { requireUser } from './users';
import { assertEditable, cutWorkingCopy, readWorkingCopy } from '../drafts/workingCopy';

export function pendingMergeIds(db: Db, draftId: string): string[] {
  return db.prepare('SELECT revision_id FROM pending_merges WHERE draft_id = ? ORDER BY created_at, revision_id').pluck().all(draftId) as string[];
}

export function reviewStatus(db: Db, draftId: string): ReviewStatus {
  const row = loadDraftRow(db, draftId);
  return { state: row.review_state, log: reviewLog(db, draftId), pendingMerges: pendingMergeIds(db, draftId).map((id) => getRevision(db, id)) };
}

type ReviewHandlers = Pick<Handlers, 'review.status' | 'review.transition' | 'review.merge'>;

export function reviewHandlers(ctx: ServiceContext): ReviewHandlers {
  const { db } = ctx;
  return {
    'review.status': ({ draftId }) => reviewStatus(db, draftId),

    'review.transition': (request) =>
      db.transaction(() => {
        const user = requireUser(db);
        const row = loadDraftRow(db, request.draftId);
        const refused = refusal(row.review_state, user.role, request);
        if (refused) throw new ApiError('forbidden', refused);
        if (request.action === 'sign' && pendingMergeIds(db, row.id).length > 0) {
          throw new ApiError('conflict', '还有从其他电脑导入、尚未合并的修改。请先在「待合并」中核对合并，再签发。');
        }
        const time = ctx.now().toISOString();
        // The text a state change speaks for is a revision of its own; withdrawing a sign-off starts a new line from the signed one.
        let revisionId = cutWorkingCopy(ctx, row, `${TRANSITIONS[request.action].label}时的正文`);
        if (request.action === 'withdrawSign') {
          revisionId = insertRevision(db, {
            draftId: row.id,
            kind: 'checkpoint',
            parents: [revisionId],
            author: user.name,
            time,
            note: `撤回签发：${request.reason!.trim()}`,
            ...readWorkingCopy(row),
            chars: row.chars,
          }).id;
          moveHead(db, row.id, revisionId);
        }
        const to = TRANSITIONS[request.action].to;
        const needsReason = TRANSITIONS[request.action].needsReason;
        const signs = request.action === 'sign';
        logEvent(db, row.id, {
          id: randomUUID(),
          action: request.action,
          from: row.review_state,
          to,
          actor: user.name,
          actorUnit: user.unit,
          actorRole: user.role,
          reason: needsReason ? request.reason!.trim() : request.reason?.trim() || null,
          signer: signs ? request.signer!.trim() : null,
          signedOn: signs ? request.signedOn! : null,
          revisionId,
          time,
        });
        setReviewState(db, row.id, to, time);
        return reviewStatus(db, row.id);
      })(),

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
