import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums } from '../rowSums/rowSums';

/**
 * The tables signed approvals added decide trust (which root is pinned, which list holds, whose key a
 * local key is, which revision was signed): their rows get checksums too, proven when read.
 */
export function up(db: Database): void {
  registerRowSums(db);
  for (const table of ['local_keys', 'key_lists', 'trust_log', 'revision_signatures'] as const) installRowSums(db, table);
}
