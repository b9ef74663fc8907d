import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums, SUMMED_SINCE_16 } from '../rowSums/rowSums';

/**
 * The 彻底删除 tombstones move out of settings (`drafts.purged`, one JSON list) into a table of their
 * own: one row per draft deleted for good, in the order they were recorded (the rowid). The draft
 * itself is gone, so nothing refers to it. The file was checked sound before the upgrade, so the
 * carried rows are summed afresh.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE draft_tombstones (
      id TEXT PRIMARY KEY,
      purged_at TEXT NOT NULL
    ) STRICT;
  `);
  registerRowSums(db);
  for (const table of SUMMED_SINCE_16) installRowSums(db, table);
  db.exec(`
    INSERT OR IGNORE INTO draft_tombstones (id, purged_at)
    SELECT e.value ->> '$.draftId', e.value ->> '$.at'
    FROM settings AS s, json_each(s.value) AS e
    WHERE s.key = 'drafts.purged' AND e.value ->> '$.draftId' IS NOT NULL AND e.value ->> '$.at' IS NOT NULL
    ORDER BY e.id;
    DELETE FROM settings WHERE key = 'drafts.purged';
  `);
}
