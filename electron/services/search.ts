import type { Handlers } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { searchDocuments } from './searchIndex';

export const DEFAULT_SEARCH_LIMIT = 20;

export function searchHandlers(ctx: ServiceContext): Pick<Handlers, 'search.query'> {
  return {
    'search.query': ({ query, limit }) => searchDocuments(ctx.db, query, limit ?? DEFAULT_SEARCH_LIMIT),
  };
}
