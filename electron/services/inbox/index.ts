import type { Handlers } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { defineDomain } from '../domain';
import { inboxList, inboxRecipients, markNoticesRead } from './inbox';

function inboxHandlers(ctx: ServiceContext): Pick<Handlers, 'inbox.list' | 'inbox.recipients' | 'inbox.markRead'> {
  return {
    'inbox.list': () => inboxList(ctx),
    'inbox.recipients': () => inboxRecipients(ctx),
    'inbox.markRead': ({ eventIds }) => markNoticesRead(ctx, eventIds),
  };
}

/** 待我审核: what waits for the user, the drafter's notices, and whom a step can be sent to. */
export const inboxDomain = defineDomain('inbox', [inboxHandlers]);
