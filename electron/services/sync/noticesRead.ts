import type { Db } from '../../db/open';

export interface NoticeRead {
  eventId: string;
  at: string;
}

/** Marks notices read here (on this PC, or on another PC of the same account); returns how many were new. An event this PC lacks is left out. */
export function recordNoticesRead(db: Db, read: readonly NoticeRead[]): number {
  const insert = db.prepare('INSERT OR IGNORE INTO notices_read (event_id, read_at) SELECT id, ? FROM review_events WHERE id = ?');
  return db.transaction(() => read.reduce((added, notice) => added + insert.run(notice.at, notice.eventId).changes, 0))();
}

/** The marks recorded here after `position` (their order here), at most `limit`, each with its position. */
export function noticesReadAfter(db: Db, position: number, limit: number): (NoticeRead & { position: number })[] {
  return db
    .prepare('SELECT position, event_id AS eventId, read_at AS at FROM notices_read WHERE position > ? ORDER BY position LIMIT ?')
    .all(position, limit) as (NoticeRead & { position: number })[];
}

/** How many marks were recorded here after `position`. */
export const countNoticesReadAfter = (db: Db, position: number) =>
  db.prepare('SELECT count(*) FROM notices_read WHERE position > ?').pluck().get(position) as number;

/** The position of the newest mark recorded here; 0 with none. A later mark always gets a higher one. */
export const newestNoticeRead = (db: Db) => (db.prepare('SELECT max(position) FROM notices_read').pluck().get() as number | null) ?? 0;
