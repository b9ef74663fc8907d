import { defineDomain } from '../domain';
import { commentHandlers } from './comments';
import { mergeSourceHandlers } from './mergeSources';
import { reviewHandlers } from './review';
import { userHandlers } from './users';

/** Review: who is at the PC, comments, review steps and merging parallel lines. */
export const reviewDomain = defineDomain('review', [userHandlers, commentHandlers, reviewHandlers, mergeSourceHandlers]);
