import type { Database } from 'better-sqlite3';

/** A clerk may give a draft a name of their own; without one the list shows the letter's title. */
export function up(db: Database): void {
  db.exec('ALTER TABLE drafts ADD COLUMN name TEXT');
}
