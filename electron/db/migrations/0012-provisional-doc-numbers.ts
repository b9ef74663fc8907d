import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums } from '../rowSums/rowSums';

/**
 * A 发文字号 taken offline on a PC connected to the team server is provisional (待确认) until the
 * server, which alone allocates, confirms or replaces it at the next sync. The row's checksum covers
 * the new column too.
 */
export function up(db: Database): void {
  db.exec('ALTER TABLE doc_numbers ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1))');
  registerRowSums(db);
  installRowSums(db, 'doc_numbers');
}
