import type { Database } from 'better-sqlite3';

/**
 * The 发文登记: every 发文字号 handed out from the bureau's series, per series and year. A number
 * given back (作废) stays on record with its reason and is never handed out again; the UNIQUE key is
 * the last guard against two windows taking the same number. The draft's title is kept so the record
 * still reads when the draft is purged.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE doc_numbers (
      id TEXT PRIMARY KEY,
      series TEXT NOT NULL,
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number > 0),
      text TEXT NOT NULL,
      draft_id TEXT REFERENCES drafts(id) ON DELETE SET NULL,
      draft_title TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      voided_at TEXT,
      voided_by TEXT,
      void_reason TEXT,
      UNIQUE (series, year, number),
      CHECK ((voided_at IS NULL) = (void_reason IS NULL))
    ) STRICT;
    CREATE INDEX doc_numbers_by_draft ON doc_numbers(draft_id);
  `);
}
