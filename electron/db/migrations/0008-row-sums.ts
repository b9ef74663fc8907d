import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums, SUMMED_SINCE_8 } from '../rowSums/rowSums';

/**
 * Every row whose bytes can reach a letter or a decision gets a local checksum over all its columns
 * (rowSums.ts), kept by triggers and proven whenever the row is read. The rows already stored are
 * summed as they are: the integrity check that runs before every upgrade has found their file sound.
 */
export function up(db: Database): void {
  registerRowSums(db);
  for (const table of SUMMED_SINCE_8) installRowSums(db, table);
}
