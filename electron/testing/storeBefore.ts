import Database from 'better-sqlite3';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { registerRowSums } from '../db/rowSums/rowSums';

/** A store as the app left it at the schema version before `version`, for a migration's tests to fill and upgrade. */
export function storeBefore(version: number, file = ':memory:', options: Database.Options = {}): Database.Database {
  const db = new Database(file, options);
  db.pragma('foreign_keys = ON');
  registerRowSums(db);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version < version),
  );
  return db;
}
