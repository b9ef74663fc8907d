import type { Db } from '../db/open';
import type { Template } from '../../shared/templates/template';
import type { StoreControl } from './store/storeHandlers';
import type { IdleScheduler } from './search/indexMaintenance';

/** What every service handler works with; tests build one with an in-memory database and a fake clock. */
export interface ServiceContext {
  db: Db;
  templates: readonly Template[];
  author: string;
  now: () => Date;
  /** The database file's health and backups; absent for a store held in memory. */
  store?: StoreControl;
  /** Where work that waits for idle time runs (index upkeep); timers unless a test steps it by hand. */
  idle?: IdleScheduler;
}
