import type { Database } from 'better-sqlite3';

/**
 * A 知道了 mark gets a position that is never given out again. The rowid it had could be: after
 * 彻底删除 removed the newest marks with their draft, the next mark took a position already sent to
 * the server, and sync left it out. Carried marks keep their rowid as their position.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE notices_read_positioned (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id TEXT NOT NULL UNIQUE REFERENCES review_events(id) ON DELETE CASCADE,
      read_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO notices_read_positioned (position, event_id, read_at) SELECT rowid, event_id, read_at FROM notices_read ORDER BY rowid;
    DROP TABLE notices_read;
    ALTER TABLE notices_read_positioned RENAME TO notices_read;
  `);
}
