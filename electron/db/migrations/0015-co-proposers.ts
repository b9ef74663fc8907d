import type { Database } from 'better-sqlite3';
import { addSummedColumn, registerRowSums } from '../rowSums/rowSums';

/**
 * A case has a 领衔 proposer (the `proposer` it always had) and any number of 附议 proposers, kept in
 * order as a JSON array of names; every case before has none.
 */
export function up(db: Database): void {
  registerRowSums(db);
  addSummedColumn(db, 'cases', `co_proposers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(co_proposers) AND json_type(co_proposers) = 'array')`);
}
