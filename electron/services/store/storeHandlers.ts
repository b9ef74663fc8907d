import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { StoreControl } from '../context';

export type StoreHandlers = Pick<Handlers, 'store.health' | 'backups.list' | 'backups.create' | 'backups.restore'>;

const NO_FILE = '当前没有数据库文件（只在内存中），无法备份或恢复。';

/** A store held only in memory (tests) is sound and has no backups. */
export function storeHandlers(store: StoreControl | undefined): StoreHandlers {
  return {
    'store.health': () => store?.health() ?? { status: 'sound', problem: null, notice: null, recommended: null, damagedDrafts: 0 },
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
