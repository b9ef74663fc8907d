import { findFolded } from './normalize';

export interface Snippet {
  text: string;
  /** Where the match sits inside `text`, in UTF-16 units, for highlighting; null when there is none. */
  match: { start: number; end: number } | null;
}

export const SNIPPET_RADIUS = 30;

/**
 * A line of context around the first match of `query` in `body`, matched in the folded forms search
 * uses (第11号 highlights 「第011号」 as printed), cut with … where text was left off. Never halves a
 * surrogate pair.
 */
export function makeSnippet(body: string, query: string, radius = SNIPPET_RADIUS): Snippet {
  // Most queries are typed as printed: a plain find spares folding a long letter.
  const exact = query === '' ? -1 : body.indexOf(query);
  const found = exact >= 0 ? { start: exact, end: exact + query.length } : findFolded(body, query);
  if (!found) return { text: line(body.slice(0, radius * 2), false, body.length > radius * 2), match: null };
  let from = Math.max(0, found.start - radius);
  let to = Math.min(body.length, found.end + radius);
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) from -= 1;
  if (to < body.length && isLowSurrogate(body.charCodeAt(to))) to += 1;
  const shift = (from > 0 ? 1 : 0) - from;
  return { text: line(body.slice(from, to), from > 0, to < body.length), match: { start: found.start + shift, end: found.end + shift } };
}

function line(window: string, cutBefore: boolean, cutAfter: boolean): string {
  return (cutBefore ? '…' : '') + window.replace(/\s/g, ' ') + (cutAfter ? '…' : '');
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
