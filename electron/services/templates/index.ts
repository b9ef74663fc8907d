import { defineDomain } from '../domain';
import { templateHandlers } from './templates';

/** Templates: the built-in ones and the clerk's own. */
export const templatesDomain = defineDomain('templates', [templateHandlers]);
