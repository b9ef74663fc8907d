import { defineDomain } from '../domain';
import { commentHandlers } from './comments';
import { keyHandlers } from './keyHandlers';
import { mergeSourceHandlers } from './mergeSources';
import { reviewHandlers } from './review';
import { userHandlers } from './users';

/** Review: who is at the PC and their signing keys, comments, signed review steps and merging parallel lines. */
export const reviewDomain = defineDomain('review', [userHandlers, keyHandlers, commentHandlers, reviewHandlers, mergeSourceHandlers]);
