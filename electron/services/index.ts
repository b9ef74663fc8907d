import type { Handlers } from '../../shared/api/contract';
import type { ShellCallName } from '../../shared/api/shellCalls';
import type { ServiceContext } from './context';
import type { DomainHandlers } from './domain';
import { casesDomain } from './cases';
import { docNumbersDomain } from './docNumbers';
import { draftsDomain } from './drafts';
import { packagesDomain } from './packages';
import { reviewDomain } from './review';
import { withCurrentUser } from './review/users';
import { revisionsDomain } from './revisions';
import { searchDomain } from './search';
import { settingsDomain } from './settings';
import { storeDomain } from './store';
import { templatesDomain } from './templates';
import { uploadsDomain } from './uploads';

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
] as const;

type Provided = DomainHandlers<(typeof domains)[number]['factories']>;

/** Every service call's handler; a call in the contract without one here is a compile error. */
export function createHandlers(ctx: ServiceContext): ServiceHandlers {
  // Revisions, comments and review steps record the user who said who they are on this PC.
  const scoped = withCurrentUser(ctx);
  const handlers: Provided = Object.assign({}, ...domains.map((domain) => domain.handlers(scoped)));
  return handlers;
}
