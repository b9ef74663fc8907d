import { z } from 'zod';

export const USER_ROLES = ['drafter', 'reviewer', 'signer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Record<UserRole, string> = { drafter: '起草', reviewer: '审核', signer: '签发' };

export const UserSchema = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(40, '姓名最多 40 个字'),
    unit: z.string().trim().max(60, '科室名称最多 60 个字'),
    role: z.enum(USER_ROLES, { message: '请选择角色：起草、审核或签发' }),
  })
  .strict();
export type User = z.infer<typeof UserSchema>;
