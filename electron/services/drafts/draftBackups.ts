import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/model/backup';
import type { Db } from '../../db/open';
import { isDamageError } from '../../db/integrity';
import { schemaVersion } from '../../db/migrate';
import { draftRecordDamage } from '../../db/rowSums/draftRows';
import { ROW_SUMS_SINCE } from '../../db/rowSums/rowSums';
import { registerStoreFunctions } from '../../db/storeFunctions';
import type { ServiceContext } from '../context';
import type { DraftRow } from './records/draftRecords';
import { readWorkingCopy } from './records/workingCopy';

/**
 * Reads a backup file, read-only, when it can prove its rows: made since rows carry checksums, and
 * readable. Returns null for a backup that cannot be read or proven.
 */
export function readBackup<T>(file: string, read: (backup: Db) => T): T | null {
  let backup: Db | undefined;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
    registerStoreFunctions(backup);
    if (schemaVersion(backup) < ROW_SUMS_SINCE) return null;
    return read(backup);
  } catch (error) {
    if (isDamageError(error) || (error as { code?: unknown }).code === 'SQLITE_CANTOPEN') return null;
    throw error;
  } finally {
    backup?.close();
  }
}

/** The draft's row in a store whose every row of that draft is proven and whose working copy is a letter; null otherwise. */
export function soundDraftRow(db: Db, draftId: string): DraftRow | null {
  const row = db.prepare('SELECT * FROM drafts WHERE id = ?').get(draftId) as DraftRow | undefined;
  if (!row || draftRecordDamage(db, draftId).length > 0) return null;
  try {
    readWorkingCopy(row);
  } catch {
    return null;
  }
  return row;
}

/** The newest backup (not a kept damaged file) that holds the draft sound, with its row there. */
export function newestBackupHolding(ctx: ServiceContext, draftId: string): { backup: BackupInfo; row: DraftRow } | null {
  if (!ctx.store) return null;
  for (const backup of ctx.store.list()) {
    if (backup.reason === 'damaged') continue;
    const row = readBackup(ctx.store.backupFile(backup.name), (db) => soundDraftRow(db, draftId));
    if (row) return { backup, row };
  }
  return null;
}
