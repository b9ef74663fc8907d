import type { ServiceContext } from '../context';
import { defineDomain } from '../domain';
import { storeHandlers } from './storeHandlers';

/** The database file itself: its health and its backups. */
export const storeDomain = defineDomain('store', [(ctx: ServiceContext) => storeHandlers(ctx.store)]);
