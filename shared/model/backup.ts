import { z } from 'zod';

export const BACKUP_REASONS = ['scheduled', 'before-migration', 'before-restore', 'manual', 'damaged'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  scheduled: '每日自动备份',
  'before-migration': '升级前自动备份',
  'before-restore': '恢复前自动保留',
  manual: '手动备份',
  damaged: '损坏文件的原样留存',
};

/** A backup file's own name: dafu-YYYYMMDD-HHMMSS-mmm-<reason>.sqlite3, the only metadata kept. */
export const BACKUP_NAME_PATTERN = new RegExp(`^dafu-(\\d{8})-(\\d{6})-(\\d{3})-(${BACKUP_REASONS.join('|')})\\.sqlite3$`);

export const BackupInfoSchema = z.object({
  name: z.string().regex(BACKUP_NAME_PATTERN),
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const StoreHealthSchema = z.object({
  status: z.enum(['sound', 'damaged']),
  /** Why the store could not be opened, for the clerk; null when sound. */
  problem: z.string().nullable(),
  /** Something the clerk should know although the store works (a network share); null otherwise. */
  notice: z.string().nullable(),
  /** The newest backup that passes the integrity check, offered when the store is damaged. */
  recommended: BackupInfoSchema.nullable(),
  /** The full check after start is still running: damage it finds is reported here when it is done. */
  checking: z.boolean().optional(),
  /** How many drafts the full check after start found damaged: 0 until it is done, and when none runs. */
  damagedDrafts: z.number().int().nonnegative(),
});
export type StoreHealth = z.infer<typeof StoreHealthSchema>;
