import { BACKUP_REASON_LABELS, type BackupInfo } from '../../../shared/model/backup';
import { call } from '../../api/client';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export const describeBackup = (backup: BackupInfo) => `${when(backup.createdAt)}的${BACKUP_REASON_LABELS[backup.reason]}`;

/** Puts a backup in place of the database (the current one is kept as a backup first) and starts afresh. */
export async function restoreBackup(backup: BackupInfo): Promise<void> {
  await call('backups.restore', { name: backup.name });
  window.location.reload();
}
