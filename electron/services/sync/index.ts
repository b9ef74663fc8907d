import type { Handlers } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { defineDomain } from '../domain';
import { connect, syncNow, syncStatus } from './sync';

function syncHandlers(ctx: ServiceContext): Pick<Handlers, 'sync.status' | 'sync.now' | 'sync.connect'> {
  return {
    'sync.status': () => syncStatus(ctx),
    'sync.now': () => syncNow(ctx),
    'sync.connect': (input) => connect(ctx, input),
  };
}

/** Sync: the bureau's team server, when there is one; the store works the same without it. */
export const syncDomain = defineDomain('sync', [syncHandlers]);
