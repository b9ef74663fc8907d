import { defineDomain } from '../domain';
import { retentionHandlers } from './retentionRuns';
import { revisionHandlers } from './revisions';
import { suggestionHandlers } from './suggestions';

/** Revisions: the history of every draft, checkpoints, restores and thinning old automatic ones. */
export const revisionsDomain = defineDomain('revisions', [revisionHandlers, retentionHandlers, suggestionHandlers]);
