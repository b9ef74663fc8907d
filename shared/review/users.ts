import { z } from 'zod';
import { Uuid } from '../model/draft';

export const USER_ROLES = ['drafter', 'reviewer', 'signer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, string> = { drafter: '起草', reviewer: '审核', signer: '签发' };

/** What a user may do beyond their role; 代录签发: enter a 签发 a leader gave on paper. */
export const USER_PERMISSIONS = ['paperSign'] as const;
export type UserPermission = (typeof USER_PERMISSIONS)[number];
export const USER_PERMISSION_LABELS: Record<UserPermission, string> = { paperSign: '代录签发' };

const userFields = {
  name: z.string().trim().min(1, '请填写姓名').max(40, '姓名最多 40 个字'),
  unit: z.string().trim().max(60, '科室名称最多 60 个字'),
  role: z.enum(USER_ROLES, { message: '请选择角色：起草、审核或签发' }),
  permissions: z.array(z.enum(USER_PERMISSIONS)).max(USER_PERMISSIONS.length).default([]),
};

/**
 * A person at a PC. The id is theirs for good: keys, events and the key list name it, never only
 * the name (two 王伟 happen).
 */
export const UserSchema = z.object({ id: Uuid, ...userFields }).strict();
export type User = z.infer<typeof UserSchema>;

/** Saying who one is: an id picks a known user (or the one IT enrolled); none makes a new one. */
export const UserInputSchema = z.object({ id: Uuid.optional(), ...userFields, permissions: userFields.permissions.unwrap().optional() }).strict();
export type UserInput = z.infer<typeof UserInputSchema>;
