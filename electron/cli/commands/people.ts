import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';
import { USER_PERMISSION_LABELS, USER_ROLE_LABELS, type User, type UserPermission, type UserRole } from '../../../shared/review/users';
import { UsageError } from '../common/command';

const ROLE_WORDS: Record<string, UserRole> = { 起草: 'drafter', 审核: 'reviewer', 签发: 'signer', drafter: 'drafter', reviewer: 'reviewer', signer: 'signer' };
const PERMISSION_WORDS: Record<string, UserPermission> = { 代录签发: 'paperSign', paperSign: 'paperSign', 'paper-sign': 'paperSign' };

/** A role as typed on the command line: 起草、审核、签发 (or drafter, reviewer, signer). */
export function parseRole(typed: unknown): UserRole {
  const role = typeof typed === 'string' ? ROLE_WORDS[typed.trim()] : undefined;
  if (!role) throw new UsageError(`--role 要写 起草、审核 或 签发${typed === undefined ? '' : `，不是“${String(typed)}”`}。`);
  return role;
}

export function parsePermissions(typed: unknown): UserPermission[] {
  const list = typed === undefined ? [] : Array.isArray(typed) ? typed : [typed];
  return list.map((word) => {
    const permission = PERMISSION_WORDS[String(word).trim()];
    if (!permission) throw new UsageError(`--permission 只能是 代录签发，不是“${String(word)}”。`);
    return permission;
  });
}

export const describeRole = (role: UserRole, permissions: readonly UserPermission[] = []) =>
  [USER_ROLE_LABELS[role], ...permissions.map((permission) => USER_PERMISSION_LABELS[permission])].join('、');

export const describeUser = (user: Pick<User, 'name' | 'unit' | 'role' | 'permissions'>) =>
  `${user.name}（${user.unit || '未填科室'}，${describeRole(user.role, user.permissions)}）`;

export { REVIEW_STATE_LABELS };
