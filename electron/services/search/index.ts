import { defineDomain } from '../domain';
import { searchHandlers } from './search';

/** Search over cases and drafts, and the upkeep of its index. */
export const searchDomain = defineDomain('search', [searchHandlers]);
