import type { Database } from 'better-sqlite3';

/**
 * Revisions may be stored as a delta against a base revision (`delta+br`, with `base_id` and the
 * chain `depth`), and thinned revisions leave a tombstone. SQLite cannot change a CHECK in place, so
 * `revisions` is rebuilt; `revision_parents` is rebuilt alongside, so that no row of it is ever
 * cascaded away while foreign keys are on, and both renames rewrite the references to the new tables.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE revisions_v2 (
      id TEXT PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      kind TEXT NOT NULL
        CHECK (kind IN ('checkpoint', 'auto', 'restore', 'import', 'merge', 'case-update')),
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      note TEXT,
      hash TEXT NOT NULL,
      encoding TEXT NOT NULL CHECK (encoding IN ('json', 'json+br', 'delta+br')),
      base_id TEXT REFERENCES revisions_v2(id),
      depth INTEGER NOT NULL DEFAULT 0,
      body BLOB NOT NULL,
      chars INTEGER NOT NULL,
      CHECK ((encoding = 'delta+br') = (base_id IS NOT NULL))
    ) STRICT;
    INSERT INTO revisions_v2 (rowid, id, draft_id, kind, author, created_at, note, hash, encoding, body, chars)
      SELECT rowid, id, draft_id, kind, author, created_at, note, hash, encoding, body, chars FROM revisions;

    CREATE TABLE revision_parents_v2 (
      revision_id TEXT NOT NULL REFERENCES revisions_v2(id) ON DELETE CASCADE,
      parent_id TEXT NOT NULL REFERENCES revisions_v2(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (revision_id, position)
    ) STRICT;
    INSERT INTO revision_parents_v2 (revision_id, parent_id, position)
      SELECT revision_id, parent_id, position FROM revision_parents;

    DROP TABLE revision_parents;
    DROP TABLE revisions;
    ALTER TABLE revisions_v2 RENAME TO revisions;
    ALTER TABLE revision_parents_v2 RENAME TO revision_parents;
    CREATE INDEX revisions_by_draft ON revisions(draft_id, created_at);
    CREATE INDEX revisions_by_base ON revisions(base_id);
    CREATE INDEX revision_parents_by_parent ON revision_parents(parent_id);

    CREATE TABLE revision_tombstones (
      id TEXT PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      hash TEXT NOT NULL,
      thinned_at TEXT NOT NULL,
      reason TEXT NOT NULL
    ) STRICT;
  `);
}
