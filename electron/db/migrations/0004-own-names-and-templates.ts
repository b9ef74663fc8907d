import type { Database } from 'better-sqlite3';

/**
 * What a clerk makes their own: a name for a draft (without one the list shows the letter's title),
 * and templates saved from their drafts, kept apart from the built-ins so an upgrade never touches them.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE drafts ADD COLUMN name TEXT;
    CREATE TABLE own_templates (
      id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
