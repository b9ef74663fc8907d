import { defineDomain } from '../domain';
import { packageHandlers } from './packages';

/** Packages: a draft with its history carried to another PC as a .dafu file. */
export const packagesDomain = defineDomain('packages', [packageHandlers]);
