import type { Database } from 'better-sqlite3';
import { draftSearchTextSql, registerSearchFeed } from '../searchFeed/searchFeed';

/**
 * Search reads the letter as it prints: a draft's search text comes from the same rendering as the
 * .txt export (fields as printed, 「2023年5月26日」 rather than the stored 2023-05-26), and the
 * full-text indexes hold it in the folded form (shared/search/normalize.ts), so every document is
 * listed for re-indexing at idle.
 */
export function up(db: Database): void {
  registerSearchFeed(db);
  const text = (row: string) => `coalesce(${draftSearchTextSql(row)}, '')`;
  db.exec(`
    DROP TRIGGER drafts_search_inserted;
    DROP TRIGGER drafts_search_updated;
    CREATE TRIGGER drafts_search_inserted AFTER INSERT ON drafts WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO search_docs (type, ref_id, updated_at, title, body)
        VALUES ('draft', new.id, new.updated_at, coalesce(new.name, new.title), ${text('new')});
    END;
    CREATE TRIGGER drafts_search_updated AFTER UPDATE OF title, name, content, field_definitions, fields, deleted_at ON drafts BEGIN
      DELETE FROM search_docs WHERE type = 'draft' AND ref_id = old.id AND new.deleted_at IS NOT NULL;
      INSERT INTO search_docs (type, ref_id, updated_at, title, body)
        SELECT 'draft', new.id, new.updated_at, coalesce(new.name, new.title), ${text('new')} WHERE new.deleted_at IS NULL
        ON CONFLICT (type, ref_id) DO UPDATE SET updated_at = excluded.updated_at, title = excluded.title, body = excluded.body
          WHERE title IS NOT excluded.title OR body IS NOT excluded.body;
    END;
    UPDATE search_docs SET body = (SELECT ${text('d')} FROM drafts AS d WHERE d.id = search_docs.ref_id) WHERE type = 'draft';
    INSERT OR IGNORE INTO search_stale (doc_id) SELECT id FROM search_docs;
  `);
}
