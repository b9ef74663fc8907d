import { z } from 'zod';
import { USER_ROLE_LABELS, USER_ROLES } from './users';

/**
 * What this PC makes of one review event, shown beside it in 审核记录. Only 已验证, 本机签名 and an
 * unsigned event of this PC's own count towards the draft's state; every other event is kept and
 * shown, and changes nothing.
 */
export const EventVerdictSchema = z.discriminatedUnion('kind', [
  /** Signed by a key the bureau's key list certifies, for a user whose role allows the step. */
  z.object({ kind: z.literal('verified'), name: z.string(), unit: z.string(), role: z.enum(USER_ROLES) }),
  /** Signed by a key made on this PC that no key list certifies: counts here only. */
  z.object({ kind: z.literal('local') }),
  /** Logged before events were signed; counts only on the PC that logged it. */
  z.object({ kind: z.literal('unsigned'), here: z.boolean() }),
  z.object({ kind: z.literal('unverified'), reason: z.string() }),
  /** Claims a time before its key was revoked, but reached this PC only after the revocation. */
  z.object({ kind: z.literal('revokedAfter'), revokedAt: z.string() }),
  /** Lost a fork: another step was taken on the same previous event first. */
  z.object({ kind: z.literal('conflict'), winner: z.string() }),
]);
export type EventVerdict = z.infer<typeof EventVerdictSchema>;

export const counts = (verdict: EventVerdict) => verdict.kind === 'verified' || verdict.kind === 'local' || (verdict.kind === 'unsigned' && verdict.here);

/** Why an unsigned event from another PC does not count: it may be from before signing, or made up. */
export const UNSIGNED_ELSEWHERE = '没有签名：旧版本在其他电脑上的记录，或被人手工添加';

/** Why a verdict that reads 未验证 did not verify; null for the other verdicts. */
export const unverifiedReason = (verdict: EventVerdict): string | null =>
  verdict.kind === 'unverified' ? verdict.reason : verdict.kind === 'unsigned' && !verdict.here ? UNSIGNED_ELSEWHERE : null;

/** The verdict as 审核记录 and the CLI show it. */
export function verdictLabel(verdict: EventVerdict): string {
  switch (verdict.kind) {
    case 'verified':
      return `已验证（${verdict.name}，${verdict.unit || '未填科室'}，${USER_ROLE_LABELS[verdict.role]}）`;
    case 'local':
      return '本机签名（未经单位认证）';
    case 'unsigned':
      return verdict.here ? '未签名（旧版本）' : `未验证（${UNSIGNED_ELSEWHERE}）`;
    case 'unverified':
      return `未验证（${verdict.reason}）`;
    case 'revokedAfter':
      return '撤销后收到，需核实';
    case 'conflict':
      return '冲突（同一步上另有一条记录在先，这一条未计入，请重新操作）';
  }
}
