// The thread that checks the store in full and takes the day's backup (started by upkeepThread.ts; built as dist/upkeepWorker.js).
import Database from 'better-sqlite3';
import { takeBackup } from '../../db/backups';
import { integrityProblems, isDamageError } from '../../db/integrity';
import { damagedRecords } from '../../db/rowSums/damagedRecords';
import { BackupOfDamagedStoreError } from '../../db/rowSums/recordDamage';
import { answerInThread } from '../threads/answerInThread';
import type { UpkeepJob, UpkeepReport } from './upkeepMessages';

function upkeep({ file, fullCheck, backupAt }: UpkeepJob): UpkeepReport {
  let db: Database.Database | undefined;
  try {
    // Its own connection, reading only: the app's connection goes on saving meanwhile (WAL readers see one snapshot).
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = fullCheck ? integrityProblems(db) : [];
    if (problems.length > 0) return { problems, damagedDrafts: [], backupRefused: null };
    const damagedDrafts = fullCheck ? damagedRecords(db, ['drafts']).map((record) => record.key) : [];
    if (backupAt === null) return { problems, damagedDrafts, backupRefused: null };
    try {
      takeBackup(db, file, 'scheduled', new Date(backupAt));
      return { problems, damagedDrafts, backupRefused: null };
    } catch (error) {
      if (error instanceof BackupOfDamagedStoreError) return { problems, damagedDrafts, backupRefused: [...error.problems] };
      throw error;
    }
  } catch (error) {
    if (isDamageError(error)) return { problems: [(error as Error).message], damagedDrafts: [], backupRefused: null };
    throw error;
  } finally {
    db?.close();
  }
}

answerInThread(upkeep);
