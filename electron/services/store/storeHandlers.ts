import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { BackupInfo, StoreHealth } from '../../../shared/model/backup';

/** What the running store offers about itself; electron/core/storeSession.ts provides it. */
export interface StoreControl {
  health: () => StoreHealth;
  list: () => BackupInfo[];
  create: () => BackupInfo;
  /** Replaces the store with the named backup (keeping the current file first) and reopens it. */
  restore: (name: string) => { savedCurrent: BackupInfo | null };
  /** Where the named backup is, to read one draft back from it; not_found when it is not listed. */
  backupFile: (name: string) => string;
  /** Keeps the store as it is now, damaged rows included, before a recovery writes over them. */
  keepDamaged: () => BackupInfo;
}

export type StoreHandlers = Pick<Handlers, 'store.health' | 'backups.list' | 'backups.create' | 'backups.restore'>;

const NO_FILE = '当前没有数据库文件（只在内存中），无法备份或恢复。';

/** A store held only in memory (tests) is sound and has no backups. */
export function storeHandlers(store: StoreControl | undefined): StoreHandlers {
  return {
    'store.health': () => store?.health() ?? { status: 'sound', problem: null, notice: null, recommended: null },
    'backups.list': () => store?.list() ?? [],
    'backups.create': () => {
      if (!store) throw new ApiError('forbidden', NO_FILE);
      return store.create();
    },
    'backups.restore': ({ name }) => {
      if (!store) throw new ApiError('forbidden', NO_FILE);
      return store.restore(name);
    },
  };
}
