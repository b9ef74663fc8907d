import { z } from 'zod';
import { BACKUP_NAME_PATTERN, BackupInfoSchema, StoreHealthSchema } from '../model/backup';

const noInput = z.object({}).strict();

/**
 * The store itself: whether the database opened sound (a damaged file is never written to, and the app
 * opens in recovery instead), its backups, and restoring one.
 */
export const storeCalls = {
  'store.health': { input: noInput, output: StoreHealthSchema },
  'backups.list': { input: noInput, output: z.array(BackupInfoSchema) },
  'backups.create': { input: noInput, output: BackupInfoSchema },
  'backups.restore': {
    input: z.object({ name: z.string().max(100).regex(BACKUP_NAME_PATTERN, '备份文件名不对') }).strict(),
    output: z.object({ savedCurrent: BackupInfoSchema.nullable() }),
  },
} as const;
