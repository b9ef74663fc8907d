import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupInfo, type BackupReason } from '../../shared/model/backup';
import { backupsToPrune, type BackupEntry } from './backupRetention';
import { integrityProblems, isDamageError } from './integrity';
import { latestVersion, schemaVersion } from './migrate';
import { createPrivateFile, makePrivate, makePrivateFolder } from './privateFiles';
import { damagedRecords } from './rowSums/damagedRecords';
import { BackupOfDamagedStoreError, describeRecord } from './rowSums/recordDamage';
import { ROW_SUMS_SINCE } from './rowSums/rowSums';

/** Backups sit in a `backups` folder next to the database; each file's name says when and why. */
export const backupsDir = (databaseFile: string) => join(dirname(databaseFile), 'backups');

function backupName(time: Date, reason: BackupReason): string {
  const iso = time.toISOString(); // 2026-11-27T03:14:00.123Z
  return `dafu-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}-${reason}.sqlite3`;
}

export function parseBackupName(name: string): BackupEntry | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, clock, ms, reason] = match;
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${clock.slice(0, 2)}:${clock.slice(2, 4)}:${clock.slice(4)}.${ms}Z`;
  const createdAt = new Date(iso);
  return Number.isNaN(createdAt.getTime()) ? null : { name, reason: reason as BackupReason, createdAt };
}

/** Every backup of this database, newest first. */
export function listBackups(databaseFile: string): BackupInfo[] {
  const dir = backupsDir(databaseFile);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const entry = parseBackupName(name);
      return entry ? [{ name, reason: entry.reason, createdAt: entry.createdAt.toISOString(), bytes: statSync(join(dir, name)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function freshPath(databaseFile: string, time: Date, reason: BackupReason): string {
  const dir = backupsDir(databaseFile);
  makePrivateFolder(dir);
  let at = time.getTime();
  while (existsSync(join(dir, backupName(new Date(at), reason)))) at += 1;
  return join(dir, backupName(new Date(at), reason));
}

export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function pruneBackups(databaseFile: string): void {
  const entries = listBackups(databaseFile).map((info) => parseBackupName(info.name)!);
  for (const entry of backupsToPrune(entries)) rmSync(join(backupsDir(databaseFile), entry.name), { force: true });
}

/**
 * A consistent copy through SQLite itself (VACUUM INTO reads one snapshot, whatever other
 * connections write meanwhile), made a self-contained rollback-journal file, then put in place
 * by rename so a half-written backup is never seen. Works on a read-only connection too.
 */
export function writeBackupFile(db: Database.Database, target: string): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    // VACUUM INTO fills an empty file as it finds it, so the copy is private from its first byte.
    createPrivateFile(partial);
    db.prepare('VACUUM INTO ?').run(partial);
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    syncFile(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** A backup into backups/ named by time and reason, then old ones pruned by the retention rule. */
export function takeBackup(db: Database.Database, databaseFile: string, reason: BackupReason, time: Date): BackupInfo {
  const target = freshPath(databaseFile, time, reason);
  writeBackupFile(db, target);
  // Checked with the same checksums as the store: a copy of silently damaged rows is never kept as a good backup.
  const check = checkBackupFile(target);
  if (!check.sound) {
    rmSync(target, { force: true });
    throw new BackupOfDamagedStoreError(check.problems);
  }
  pruneBackups(databaseFile);
  return { name: basename(target), reason, createdAt: parseBackupName(basename(target))!.createdAt.toISOString(), bytes: statSync(target).size };
}

export interface BackupCheck {
  sound: boolean;
  /** Why it cannot be restored, in Chinese; empty when sound. */
  problems: string[];
}

/** Whether a file is a database this app can restore: intact and not from a newer version. */
export function checkBackupFile(file: string): BackupCheck {
  if (!existsSync(file)) return { sound: false, problems: [`找不到备份文件：${file}`] };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = schemaVersion(db);
    if (version > latestVersion()) return { sound: false, problems: [`这个备份来自更新版本的程序（结构版本 ${version}），请先升级程序。`] };
    const problems = integrityProblems(db);
    if (problems.length > 0) return { sound: false, problems: ['备份文件本身已损坏。', ...problems] };
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'drafts'").get()) return { sound: false, problems: ['这不是答复函起草助手的数据库。'] };
    const damaged = version >= ROW_SUMS_SINCE ? damagedRecords(db) : [];
    if (damaged.length > 0) return { sound: false, problems: ['备份里有记录与校验值不符，已损坏：', ...damaged.slice(0, 10).map(describeRecord)] };
    return { sound: true, problems: [] };
  } catch (error) {
    if (isDamageError(error)) return { sound: false, problems: ['备份文件已损坏或不是数据库文件。'] };
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * Keeps the store as it is now, damaged rows included, before a recovery writes over them: never
 * pruned, never offered for a restore.
 */
export function keepDamagedCopy(db: Database.Database, databaseFile: string, time: Date): BackupInfo {
  const target = freshPath(databaseFile, time, 'damaged');
  writeBackupFile(db, target);
  return { name: basename(target), reason: 'damaged', createdAt: parseBackupName(basename(target))!.createdAt.toISOString(), bytes: statSync(target).size };
}

/** The newest backup that passes the integrity check and every row's checksum: what the app offers after finding damage. */
export function newestSoundBackup(databaseFile: string): BackupInfo | null {
  return listBackups(databaseFile).find((info) => info.reason !== 'damaged' && checkBackupFile(join(backupsDir(databaseFile), info.name)).sound) ?? null;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Moves a database that cannot be read into the backups folder, its journal with it, so nothing is lost. */
function setDamagedAside(databaseFile: string, time: Date): BackupInfo {
  const target = freshPath(databaseFile, time, 'damaged');
  renameSync(databaseFile, target);
  for (const suffix of SIDE_FILES) if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, target + suffix);
  return { name: basename(target), reason: 'damaged', createdAt: parseBackupName(basename(target))!.createdAt.toISOString(), bytes: statSync(target).size };
}

/** Keeps what is there now before a restore replaces it: a proper backup when it can be read, else the raw files. */
function saveCurrent(databaseFile: string, time: Date): BackupInfo {
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { fileMustExist: true });
    if (integrityProblems(db).length === 0) return takeBackup(db, databaseFile, 'before-restore', time);
  } catch (error) {
    // Damaged rows (a backup of them is refused) are kept like a damaged file: as they are.
    if (!isDamageError(error) && !(error instanceof BackupOfDamagedStoreError)) throw error;
  } finally {
    db?.close();
  }
  return setDamagedAside(databaseFile, time);
}

/**
 * Replaces the database with a backup. No connection to the database may be open. The current
 * file is kept first; its old journal files are removed, because a journal left beside the restored
 * file would be replayed into it.
 */
export function restoreBackup(databaseFile: string, backupFile: string, time: Date): { savedCurrent: BackupInfo | null } {
  const check = checkBackupFile(backupFile);
  if (!check.sound) throw new Error(`不能用这个备份恢复：${check.problems.join(' ')}`);
  makePrivateFolder(dirname(databaseFile));
  const savedCurrent = existsSync(databaseFile) ? saveCurrent(databaseFile, time) : null;
  const incoming = `${databaseFile}.restoring`;
  copyFileSync(backupFile, incoming);
  makePrivate(incoming);
  syncFile(incoming);
  for (const suffix of SIDE_FILES) rmSync(databaseFile + suffix, { force: true });
  renameSync(incoming, databaseFile);
  return { savedCurrent };
}
