import { call } from '../../api/client';

/**
 * Settles a waiting line of 修订 at once: a merge revision with every 修订 taken (the line's text) or
 * none (the draft's own), so the line and what was not taken stay in the history.
 */
export async function settleAllSuggestions(draftId: string, revisionId: string, take: 'accept' | 'reject'): Promise<void> {
  const sources = await call('review.mergeSources', { draftId, revisionId });
  const chosen = take === 'accept' ? sources.imported : sources.local;
  await call('review.merge', { draftId, revisionId, content: chosen.content, fields: chosen.fields, localBase: sources.local.base });
}
