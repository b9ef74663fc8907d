import type { Handlers } from '../../shared/api/contract';
import type { ShellCallName } from '../../shared/api/shellCalls';
import type { ServiceContext } from '../services/context';
import type { DomainHandlers } from '../services/domain';
import { casesDomain } from '../services/cases';
import { docNumbersDomain } from '../services/docNumbers';
import { draftsDomain } from '../services/drafts';
import { inboxDomain } from '../services/inbox';
import { packagesDomain } from '../services/packages';
import { reviewDomain } from '../services/review';
import { withCurrentUser } from '../services/review/users';
import { revisionsDomain } from '../services/revisions';
import { searchDomain } from '../services/search';
import { settingsDomain } from '../services/settings';
import { storeDomain } from '../services/store';
import { templatesDomain } from '../services/templates';
import { uploadsDomain } from '../services/uploads';
import { syncDomain } from '../services/sync';

/** Every call but the shell's, which the desktop shell or the wiring's fallbacks answer. */
export type ServiceHandlers = Omit<Handlers, ShellCallName>;

export const domains = [
  templatesDomain,
  draftsDomain,
  revisionsDomain,
  storeDomain,
  settingsDomain,
  casesDomain,
  searchDomain,
  reviewDomain,
  packagesDomain,
  uploadsDomain,
  docNumbersDomain,
  syncDomain,
  inboxDomain,
] as const;

type Provided = DomainHandlers<(typeof domains)[number]['factories']>;

/** Every service call's handler; a call in the contract without one here is a compile error. */
export function createHandlers(ctx: ServiceContext): ServiceHandlers {
  // Revisions, comments and review steps record the user who said who they are on this PC.
  const scoped = withCurrentUser(ctx);
  const handlers: Provided = Object.assign({}, ...domains.map((domain) => domain.handlers(scoped)));
  return handlers;
}
