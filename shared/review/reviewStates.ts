import type { ReviewState } from '../model/draft';
import type { UserPermission, UserRole } from './users';

export const REVIEW_ACTIONS = ['submit', 'return', 'approve', 'sign', 'paperSign', 'withdrawSign', 'issue'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

interface Transition {
  label: string;
  from: readonly ReviewState[];
  to: ReviewState;
  roles: readonly UserRole[];
  /** A permission that allows the action whatever the role (代录签发: a secretary enters a 签发 given on paper). */
  permission?: UserPermission;
  needsReason: boolean;
  needsSigner: boolean;
}

/** The review path of a draft (domain model: 起草中 → 待审核 → 退回修改 / 审核通过 → 已签发 → 已印发). */
export const TRANSITIONS: Record<ReviewAction, Transition> = {
  submit: {
    label: '提交审核',
    from: ['drafting', 'returned'],
    to: 'submitted',
    roles: ['drafter', 'reviewer', 'signer'],
    needsReason: false,
    needsSigner: false,
  },
  return: { label: '退回修改', from: ['submitted', 'approved'], to: 'returned', roles: ['reviewer', 'signer'], needsReason: true, needsSigner: false },
  approve: { label: '审核通过', from: ['submitted'], to: 'approved', roles: ['reviewer', 'signer'], needsReason: false, needsSigner: false },
  sign: { label: '签发', from: ['approved'], to: 'signed', roles: ['signer'], needsReason: false, needsSigner: true },
  paperSign: { label: '代录签发', from: ['approved'], to: 'signed', roles: [], permission: 'paperSign', needsReason: false, needsSigner: true },
  withdrawSign: { label: '撤回签发', from: ['signed'], to: 'drafting', roles: ['signer'], needsReason: true, needsSigner: false },
  issue: { label: '已印发', from: ['signed'], to: 'issued', roles: ['reviewer', 'signer'], needsReason: false, needsSigner: false },
};

export const LOCKED_REVIEW_STATES: readonly ReviewState[] = ['signed', 'issued'];

export const isLocked = (state: ReviewState) => LOCKED_REVIEW_STATES.includes(state);

export interface TransitionRequest {
  action: ReviewAction;
  reason?: string;
  signer?: string;
  /** 签发 date as YYYY-MM-DD. */
  signedOn?: string;
  /** Whom the step is sent to (a server shows them the draft): people, or a 科室's reviewers (reviewEvent's RecipientSchema). */
  sentTo?: ({ userId: string; name: string } | { unit: string })[];
}

export const ROLE_NAMES: Record<UserRole, string> = { drafter: '起草人', reviewer: '审核人', signer: '签发人' };

/** Whether a user with `role` and `permissions` may take `action` at all (whatever the state). */
export function mayTake(action: ReviewAction, role: UserRole, permissions: readonly UserPermission[] = []): boolean {
  const transition = TRANSITIONS[action];
  return transition.roles.includes(role) || (transition.permission !== undefined && permissions.includes(transition.permission));
}

/** Why `role` (with `permissions`) may not take `request` from `state`, in words for the clerk; null when it may. */
export function refusal(state: ReviewState, role: UserRole, request: TransitionRequest, permissions: readonly UserPermission[] = []): string | null {
  const transition = TRANSITIONS[request.action];
  if (!transition.from.includes(state)) return `当前状态下不能「${transition.label}」。`;
  if (!mayTake(request.action, role, permissions)) {
    if (transition.roles.length === 0) return `「${transition.label}」须有${transition.label}权限，当前用户没有。这项权限由信息科在单位密钥清单中授予。`;
    const allowed = transition.roles.map((r) => ROLE_NAMES[r]).join('或');
    return `「${transition.label}」须由${allowed}操作，当前用户的角色是${ROLE_NAMES[role]}。如需换人，请点「切换用户」。`;
  }
  if (transition.needsReason && !request.reason?.trim()) return `「${transition.label}」须写明理由。`;
  if (transition.needsSigner) {
    if (!request.signer?.trim()) return request.action === 'paperSign' ? '代录签发须填写在纸面上签发的领导。' : '签发须填写签发人。';
    if (!request.signedOn || !/^\d{4}-\d{2}-\d{2}$/.test(request.signedOn)) return '签发须填写签发日期。';
  }
  return null;
}

/** Why a step may not go to `sentTo` from someone of `ownUnit`: a step sent to a whole 科室 goes to the sender's own; null when it may. */
export function recipientRefusal(sentTo: TransitionRequest['sentTo'], ownUnit: string): string | null {
  const other = sentTo?.find((recipient) => 'unit' in recipient && recipient.unit !== ownUnit);
  if (!other || !('unit' in other)) return null;
  return ownUnit
    ? `只能送本科室（${ownUnit}）的全部审核人，不能送「${other.unit}」。请改选本科室，或选一位审核人。`
    : `当前用户没有填科室，不能送「${other.unit}」的全部审核人。请先填写科室，或选一位审核人。`;
}

/** The actions `role` (with `permissions`) may take from `state`, in the order the state bar shows them. */
export function allowedActions(state: ReviewState, role: UserRole, permissions: readonly UserPermission[] = []): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(state) && mayTake(action, role, permissions));
}
