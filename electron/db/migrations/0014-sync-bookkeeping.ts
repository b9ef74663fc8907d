import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums, SUMMED_SINCE_14 } from '../rowSums/rowSums';

/**
 * The per-draft and per-case sync bookkeeping moves out of settings into tables of its own: a draft's
 * name and 回收站 events (`drafts.events.<id>`), a case's fact events (`cases.events.<id>`) and the
 * revisions the team server holds of a draft (`revisions.onServer.<id>`). Events keep the order they
 * were recorded in (the rowid). Entries of a draft 彻底删除 meanwhile are dropped with the settings
 * rows; the file was checked sound before the upgrade, so the carried rows are summed afresh.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE draft_events (
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      field TEXT NOT NULL,
      value TEXT,
      created_at TEXT NOT NULL,
      author TEXT NOT NULL,
      accepted INTEGER CHECK (accepted IS NULL OR accepted >= 1),
      PRIMARY KEY (draft_id, id)
    ) STRICT;
    CREATE TABLE case_events (
      case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      field TEXT NOT NULL,
      value TEXT,
      created_at TEXT NOT NULL,
      author TEXT NOT NULL,
      accepted INTEGER CHECK (accepted IS NULL OR accepted >= 1),
      PRIMARY KEY (case_id, id)
    ) STRICT;
    CREATE TABLE revisions_on_server (
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      revision_id TEXT NOT NULL,
      PRIMARY KEY (draft_id, revision_id)
    ) STRICT;
  `);
  registerRowSums(db);
  for (const table of SUMMED_SINCE_14) installRowSums(db, table);
  // Each settings entry is a JSON array under `<prefix><owner id>`; json_each keeps the array's order.
  const entries = (prefix: string, owners: string) => `
    FROM settings AS s, json_each(s.value) AS e
    WHERE substr(s.key, 1, ${prefix.length}) = '${prefix}' AND substr(s.key, ${prefix.length + 1}) IN (SELECT id FROM ${owners})
    ORDER BY s.key, e.id`;
  const events = (table: string, owner: string, prefix: string, owners: string) => `
    INSERT OR IGNORE INTO ${table} (${owner}, id, field, value, created_at, author, accepted)
    SELECT substr(s.key, ${prefix.length + 1}), e.value ->> '$.id', e.value ->> '$.field', e.value ->> '$.value', e.value ->> '$.at', e.value ->> '$.by', e.value ->> '$.accepted'
    ${entries(prefix, owners)};`;
  db.exec(`
    ${events('draft_events', 'draft_id', 'drafts.events.', 'drafts')}
    ${events('case_events', 'case_id', 'cases.events.', 'cases')}
    INSERT OR IGNORE INTO revisions_on_server (draft_id, revision_id)
    SELECT substr(s.key, 20), e.value ${entries('revisions.onServer.', 'drafts')};
    DELETE FROM settings WHERE substr(key, 1, 14) = 'drafts.events.' OR substr(key, 1, 13) = 'cases.events.' OR substr(key, 1, 19) = 'revisions.onServer.';
  `);
}
