import type { Handlers } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { indexMaintainer, timerScheduler, type IndexMaintainer } from './indexMaintenance';
import { refreshIndexes } from './searchIndex';
import { searchDocuments } from './searchQuery';

export const DEFAULT_SEARCH_LIMIT = 20;

/** The store's index upkeep; services that change many documents at once kick it. */
export function searchUpkeep(ctx: ServiceContext): IndexMaintainer {
  return indexMaintainer(ctx.db, ctx.idle ?? timerScheduler);
}

export function searchHandlers(ctx: ServiceContext): Pick<Handlers, 'search.query'> {
  const upkeep = searchUpkeep(ctx);
  // A start with a stale index (a crash mid-rebuild, an upgrade) catches up at idle.
  upkeep.kick();
  return {
    'search.query': ({ query, limit, waitForIndex }) => {
      if (waitForIndex) refreshIndexes(ctx.db);
      else upkeep.kick();
      return searchDocuments(ctx.db, query, limit ?? DEFAULT_SEARCH_LIMIT);
    },
  };
}
