import type { Db } from '../db/open';
import type { Template } from '../../shared/templates/template';
import type { BackupInfo, StoreHealth } from '../../shared/model/backup';
import type { KeyVault } from '../../shared/signing/sealedKeyFormat';

/** What the running store offers about itself; electron/app/storeSession.ts provides it. */
export interface StoreControl {
  health: () => StoreHealth;
  list: () => BackupInfo[];
  create: () => BackupInfo;
  /** Replaces the store with the named backup (keeping the current file first) and reopens it, once the check or backup under way has ended. */
  restore: (name: string) => Promise<{ savedCurrent: BackupInfo | null }>;
  /** Where the named backup is, to read one draft back from it; not_found when it is not listed. */
  backupFile: (name: string) => string;
  /** Keeps the store as it is now, damaged rows included, before a recovery writes over them. */
  keepDamaged: () => BackupInfo;
}

/** Runs a task later, when the process has nothing else to do; tests pass one they step by hand. */
export interface IdleScheduler {
  later: (task: () => void) => void;
}

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
  /** The folder beside the database where the team-server connection is kept (sync.json); absent for a store in memory. */
  syncDir?: string;
  /** Where the shipped substitute fonts are (resources/fonts), embedded into what is printed; absent, a letter prints in the PC's own fonts. */
  fontsDir?: string;
}
