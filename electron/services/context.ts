import type { Db } from '../db/open';
import type { Template } from '../../shared/templates/template';
import type { StoreControl } from './store/storeHandlers';
import type { IdleScheduler } from './search/indexMaintenance';
import type { KeyVault } from './keys/keyFiles';

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
  /** Where this PC keeps its users' private signing keys, never in the database; absent where none can be kept. */
  keyVault?: KeyVault;
  /** scrypt's cost (log2 N) for new keys; tests lower it. */
  kdfCost?: number;
}
