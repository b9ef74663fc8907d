import type { Database } from 'better-sqlite3';
import { installRowSums, registerRowSums, type SummedTable } from '../rowSums/rowSums';

/**
 * Every row whose bytes can reach a letter or a decision gets a local checksum over all its columns
 * (rowSums.ts), kept by triggers and proven whenever the row is read. The rows already stored are
 * summed as they are: the integrity check that runs before every upgrade has found their file sound.
 */
export function up(db: Database): void {
  registerRowSums(db);
  for (const table of TABLES_AT_VERSION_8) installRowSums(db, table);
}

/** The tables there were at this version; tables made later get their sums in their own migration. */
const TABLES_AT_VERSION_8: readonly SummedTable[] = [
  'drafts',
  'revisions',
  'revision_parents',
  'revision_tombstones',
  'comments',
  'review_events',
  'pending_merges',
  'cases',
  'case_extensions',
  'settings',
  'own_templates',
  'doc_numbers',
];
