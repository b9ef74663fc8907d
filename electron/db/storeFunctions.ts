import type { Database } from 'better-sqlite3';
import { registerRowSums } from './rowSums/rowSums';
import { registerSearchFeed } from './searchFeed/searchFeed';

/** The SQL functions the store's triggers call: every connection that may write a row registers them. */
export function registerStoreFunctions(db: Database): void {
  registerRowSums(db);
  registerSearchFeed(db);
}
