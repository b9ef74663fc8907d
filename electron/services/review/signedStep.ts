import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { eventBytes, type ReviewEvent } from '../../../shared/review/reviewEvent';
import { recipientRefusal, refusal, TRANSITIONS, type TransitionRequest } from '../../../shared/review/reviewStates';
import type { User, UserPermission, UserRole } from '../../../shared/review/users';
import { counts, verdictLabel } from '../../../shared/review/verdicts';
import { sm2Port } from '../../../shared/signing/sm2';
import { listedKey } from '../../../shared/trust/keyList';
import type { TrustView } from '../../../shared/trust/trustView';
import type { ServiceContext } from '../context';
import { loadDraftRow } from '../drafts/records/draftRecords';
import { moveHead, setReviewState } from '../drafts/records/draftWrites';
import { cutWorkingCopy, readWorkingCopy } from '../drafts/records/workingCopy';
import { personalKey, signingKey, unlockedKey } from '../keys/personalKeys';
import { signRevision } from '../keys/revisionSignatures';
import { getRevision, insertRevision } from '../revisions/graph/revisionStore';
import { markShared } from '../revisions/graph/sharedRevisions';
import { logEvent } from './reviewLog';
import { requireUser } from './users';
import { hasPendingSuggestions } from './pendingSuggestions';
import { currentTrust, verifiedLog } from './verifiedLog';

export interface Acting {
  name: string;
  unit: string;
  role: UserRole;
  permissions: readonly UserPermission[];
  /** The bureau's key list certifies the user's current key: role and permissions are the list's. */
  certified: boolean;
}

/** Who the user acts as: as the bureau's key list certifies their current key, else as they said on this PC. */
export function actingAs(ctx: ServiceContext, user: User, trust: TrustView = currentTrust(ctx.db)): Acting {
  const publicKey = unlockedKey(ctx, user.id)?.publicKey ?? personalKey(ctx, user.id)?.publicKey;
  const listed = publicKey ? listedKey(trust.list, publicKey) : undefined;
  if (listed && listed.userId === user.id && !listed.revokedAt)
    return { name: listed.name, unit: listed.unit, role: listed.role, permissions: listed.permissions, certified: true };
  return { name: user.name, unit: user.unit, role: user.role, permissions: user.permissions, certified: false };
}

/**
 * One review step, signed by the current user with their personal key over the whole event and the
 * chain hash of the draft's last counted event; the revision it speaks for is signed too. A step that
 * would not count on this PC (a role the key list does not give, a revoked key) is refused, not logged.
 */
export function takeSignedStep(ctx: ServiceContext, request: TransitionRequest & { draftId: string }): void {
  const { db } = ctx;
  const user = requireUser(db);
  const key = signingKey(ctx, user.id);
  db.transaction(() => {
    const trust = currentTrust(db);
    const acting = actingAs(ctx, user, trust);
    const row = loadDraftRow(db, request.draftId);
    const before = verifiedLog(db, row.id, trust).replay;
    const refused = refusal(before.state, acting.role, request, acting.permissions) ?? recipientRefusal(request.sentTo, acting.unit);
    if (refused) throw new ApiError('forbidden', refused);
    const signs = request.action === 'sign' || request.action === 'paperSign';
    if (signs && db.prepare('SELECT 1 FROM pending_merges WHERE draft_id = ?').get(row.id)) {
      throw new ApiError('conflict', '还有从其他电脑导入、尚未合并的修改。请先在「待合并」中核对合并，再签发。');
    }
    if (request.action === 'submit' && hasPendingSuggestions(db, row.id)) {
      throw new ApiError('conflict', '从 Word 文档导入的修订还没有处理完。请先在「待合并」中逐处接受或不接受，再提交审核。');
    }
    const time = ctx.now().toISOString();
    // The text a state change speaks for is a revision of its own; withdrawing a sign-off starts a new line from the signed one.
    let revisionId = cutWorkingCopy(ctx, row, `${TRANSITIONS[request.action].label}时的正文`);
    if (request.action === 'withdrawSign') {
      revisionId = insertRevision(db, {
        draftId: row.id,
        kind: 'checkpoint',
        parents: [revisionId],
        author: acting.name,
        time,
        note: `撤回签发：${request.reason!.trim()}`,
        ...readWorkingCopy(row),
        chars: row.chars,
      }).id;
      moveHead(db, row.id, revisionId);
    }
    const transition = TRANSITIONS[request.action];
    const unsigned: ReviewEvent = {
      v: 1,
      id: randomUUID(),
      draftId: row.id,
      action: request.action,
      from: before.state,
      to: transition.to,
      actorId: user.id,
      actor: acting.name,
      actorUnit: acting.unit,
      actorRole: acting.role,
      reason: transition.needsReason ? request.reason!.trim() : request.reason?.trim() || null,
      signer: signs ? request.signer!.trim() : null,
      signedOn: signs ? request.signedOn! : null,
      revisionId,
      revisionHash: getRevision(db, revisionId).hash,
      time,
      prev: before.tip,
      deviceId: trust.deviceId,
      ...(request.sentTo?.length ? { sentTo: [...request.sentTo] } : {}),
      signature: null,
    };
    const event: ReviewEvent = {
      ...unsigned,
      signature: { alg: 'SM2-SM3', key: key.publicKey, value: sm2Port.sign(key.privateKey, key.publicKey, eventBytes(unsigned)) },
    };
    logEvent(db, row.id, event, 'here', time);
    signRevision(db, revisionId, { id: user.id, name: acting.name }, key, time);
    // The text a signed step speaks for is never thinned (kept as if sent): every PC checks the step against it.
    markShared(db, row.id, [revisionId]);
    const after = verifiedLog(db, row.id, trust);
    const verdict = after.verdicts.get(event.id)!;
    if (!counts(verdict)) throw new ApiError('forbidden', `这一步在本机不能生效，没有记录：${verdictLabel(verdict)}。请联系信息科核对单位密钥清单。`);
    setReviewState(db, row.id, after.replay.state, time);
  })();
}
