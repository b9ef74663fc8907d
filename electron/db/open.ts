import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { takeBackup } from './backups';
import { DatabaseDamagedError, guardAgainstDamage, integrityProblems } from './integrity';
import { DatabaseFromNewerAppError, latestVersion, migrate, schemaVersion } from './migrate';
import { networkShareOf } from './networkShare';
import { schemaProblems } from './schemaCheck';
import { createPrivateFile, makePrivateFolder } from './privateFiles';
import { tightenStoreFiles } from './tightenModes';
import { registerStoreFunctions } from './storeFunctions';
import { BackupOfDamagedStoreError } from './rowSums/recordDamage';

export type Db = Database.Database;

/**
 * What opening proves before the store is used. `full`: SQLite's integrity check, the schema and the
 * foreign keys. `schema`: only the header and the schema against the migrations' (milliseconds at any
 * size); the caller runs the full check afterwards (`upkeepInThread`). A file to be migrated is
 * always checked in full first: nothing damaged is carried into a new schema.
 */
export type OpenCheck = 'full' | 'schema';

/**
 * Opens (creating if needed) the store and brings it to the current schema. A file from a newer
 * app is refused before anything is written to it: not even the journal mode is changed. A damaged
 * file is refused too (DatabaseDamagedError), after the check `check` names. Before a migration the
 * file is backed up.
 */
export function openDatabase(file: string, now: () => Date = () => new Date(), check: OpenCheck = 'full'): Db {
  const onDisk = file !== ':memory:';
  if (onDisk) {
    makePrivateFolder(dirname(file));
    createPrivateFile(file);
    tightenStoreFiles(file);
  }
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // The rows' checksums are kept by triggers that call this function: every connection that writes registers it.
    registerStoreFunctions(db);
    const found = guardAgainstDamage(file, () => schemaVersion(db));
    if (found > latestVersion()) throw new DatabaseFromNewerAppError(found, latestVersion());
    const migrating = found > 0 && found < latestVersion();
    const problems = guardAgainstDamage(file, () => (check === 'full' || migrating ? integrityProblems(db) : schemaProblems(db)));
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems);
    // WAL's shared-memory index does not work across a network share; the rollback journal does.
    if (onDisk) db.pragma(`journal_mode = ${networkShareOf(file) ? 'DELETE' : 'WAL'}`);
    // FULL: a committed save survives a power cut, at a fraction of a millisecond per save.
    db.pragma('synchronous = FULL');
    if (onDisk && migrating) {
      try {
        takeBackup(db, file, 'before-migration', now());
      } catch (error) {
        // Rows that no longer match their checksums are not carried into a new schema, where they would be summed afresh.
        if (error instanceof BackupOfDamagedStoreError) throw new DatabaseDamagedError(file, [...error.problems]);
        throw error;
      }
    }
    guardAgainstDamage(file, () => {
      try {
        migrate(db);
      } catch (error) {
        // The version in the header no longer matches the tables: damage, not a bug in a migration.
        if (found > 0 && (error as { code?: unknown }).code === 'SQLITE_ERROR') throw new DatabaseDamagedError(file, [(error as Error).message]);
        throw error;
      }
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
