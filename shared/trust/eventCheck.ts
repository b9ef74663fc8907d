import type { SignaturePort } from '../signing/port';
import { signatureHolds, type ReviewEvent } from '../review/reviewEvent';
import { mayTake, ROLE_NAMES, TRANSITIONS } from '../review/reviewStates';
import type { UserPermission, UserRole } from '../review/users';
import type { EventVerdict } from '../review/verdicts';
import { listedKey } from './keyList';
import { before, isInstant, type DraftFacts, type TrustView } from './trustView';

const unverified = (reason: string): EventVerdict => ({ kind: 'unverified', reason });
const day = (instant: string) => instant.slice(0, 10);

/** Whether the event's fields make a step the review path has, complete as the path requires. */
function shapeProblem(event: ReviewEvent): string | null {
  const transition = TRANSITIONS[event.action];
  if (!transition.from.includes(event.from) || transition.to !== event.to) return '记录的前后状态不合审核流程';
  if (transition.needsReason && !event.reason?.trim()) return '记录缺少理由';
  if (transition.needsSigner && (!event.signer?.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(event.signedOn ?? ''))) return '记录缺少签发人或签发日期';
  if (!isInstant(event.time)) return '记录的时间格式不对';
  return null;
}

function roleProblem(event: ReviewEvent, name: string, role: UserRole, permissions: readonly UserPermission[]): string | null {
  const label = TRANSITIONS[event.action].label;
  if (!mayTake(event.action, role, permissions)) {
    return TRANSITIONS[event.action].roles.length === 0 ? `角色不符：${name}没有${label}权限` : `角色不符：${name}是${ROLE_NAMES[role]}，不能${label}`;
  }
  if (event.actorRole !== role) return `记录写的角色是${ROLE_NAMES[event.actorRole]}，与${name}的角色（${ROLE_NAMES[role]}）不符`;
  return null;
}

/**
 * One event judged on its own: its shape, its signature over the whole body, the key behind it (on
 * the bureau's key list, or made on this PC), whether that key's holder may take the step, and
 * revocation. Where it sits in the draft's chain is replayLog's part.
 */
export function checkEvent(event: ReviewEvent, facts: DraftFacts, trust: TrustView, port: SignaturePort): EventVerdict {
  if (event.signature === null) return { kind: 'unsigned', here: event.deviceId === trust.deviceId && facts.madeHere.has(event.id) };
  if (event.draftId !== facts.draftId) return unverified('这条记录属于另一份草稿');
  const shape = shapeProblem(event);
  if (shape) return unverified(shape);
  if (!signatureHolds(port, event)) return unverified('签名不符：记录在签名后被改动过');
  const stored = facts.revisionHashes.get(event.revisionId);
  if (stored === undefined) return unverified('本机没有它所指的版本');
  if (stored !== event.revisionHash) return unverified('它所指版本的内容与签名时不同');

  const listed = listedKey(trust.list, event.signature.key);
  if (listed) {
    if (listed.userId !== event.actorId) return unverified(`签名所用的密钥属于${listed.name}，不是记录所写的${event.actor}`);
    if (before(event.time, listed.validFrom)) return unverified(`签名时间早于这把密钥的生效时间（${day(listed.validFrom)}）`);
    if (listed.revokedAt && !before(event.time, listed.revokedAt)) return unverified(`${listed.name}的密钥已于 ${day(listed.revokedAt)} 吊销`);
    const role = roleProblem(event, listed.name, listed.role, listed.permissions);
    if (role) return unverified(role);
    const seen = facts.firstSeen.get(event.id);
    if (listed.revokedAt && (seen === undefined || !before(seen, listed.revokedAt))) return { kind: 'revokedAfter', revokedAt: listed.revokedAt };
    return { kind: 'verified', name: listed.name, unit: listed.unit, role: listed.role };
  }
  const local = trust.localKeys.get(event.signature.key);
  if (local) {
    if (local.userId !== event.actorId) return unverified(`签名所用的本机密钥不属于记录所写的${event.actor}`);
    const role = roleProblem(event, event.actor, event.actorRole, local.permissions);
    return role ? unverified(role) : { kind: 'local' };
  }
  return unverified(trust.list ? '签名所用的密钥不在单位密钥清单中' : '本机还没有单位密钥清单，无法核实签名人');
}
