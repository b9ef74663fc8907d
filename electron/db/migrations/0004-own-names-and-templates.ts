import type { Database } from 'better-sqlite3';
import { draftText } from './0003-cases';

/**
 * What a clerk makes their own: a name for a draft (without one the list shows the letter's title),
 * and templates saved from their drafts, kept apart from the built-ins so an upgrade never touches them.
 * Search finds a draft by the name it shows, so its index triggers are remade to read the name.
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

    DROP TRIGGER drafts_search_inserted;
    DROP TRIGGER drafts_search_updated;
    CREATE TRIGGER drafts_search_inserted AFTER INSERT ON drafts WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO search_docs (type, ref_id, updated_at, title, body)
        VALUES ('draft', new.id, new.updated_at, coalesce(new.name, new.title), coalesce(${draftText('new')}, ''));
    END;
    CREATE TRIGGER drafts_search_updated AFTER UPDATE OF title, name, content, fields, deleted_at ON drafts BEGIN
      DELETE FROM search_docs WHERE type = 'draft' AND ref_id = old.id AND new.deleted_at IS NOT NULL;
      INSERT INTO search_docs (type, ref_id, updated_at, title, body)
        SELECT 'draft', new.id, new.updated_at, coalesce(new.name, new.title), coalesce(${draftText('new')}, '') WHERE new.deleted_at IS NULL
        ON CONFLICT (type, ref_id) DO UPDATE SET updated_at = excluded.updated_at, title = excluded.title, body = excluded.body
          WHERE title IS NOT excluded.title OR body IS NOT excluded.body;
    END;
  `);
}
