import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums, SUMMED_SINCE_10 } from '../rowSums/rowSums';

/**
 * The tables signed approvals added decide trust (which root is pinned, which list holds, whose key a
 * local key is, which revision was signed): their rows get checksums too, proven when read.
 */
export function up(db: Database): void {
  registerRowSums(db);
  for (const table of SUMMED_SINCE_10) installRowSums(db, table);
}
