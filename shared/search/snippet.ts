export interface Snippet {
  text: string;
  /** Where the match sits inside `text`, in UTF-16 units, for highlighting; null when there is none. */
  match: { start: number; end: number } | null;
}

export const SNIPPET_RADIUS = 30;

/**
 * A line of context around the first occurrence of `query` (case-insensitive) in `window`, a piece
 * cut from a longer text; `cutBefore`/`cutAfter` say whether text was left off there (shown as …).
 */
export function snippetFrom(window: string, query: string, cutBefore: boolean, cutAfter: boolean): Snippet {
  const prefix = cutBefore ? '…' : '';
  const text = prefix + window.replace(/\s/g, ' ') + (cutAfter ? '…' : '');
  const at = window.toLowerCase().indexOf(query.toLowerCase());
  return { text, match: at < 0 ? null : { start: prefix.length + at, end: prefix.length + at + query.length } };
}

/** The same, cutting the window from a whole text in memory (titles, tests); never halves a surrogate pair. */
export function makeSnippet(body: string, query: string, radius = SNIPPET_RADIUS): Snippet {
  const at = body.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return snippetFrom(body.slice(0, radius * 2), query, false, body.length > radius * 2);
  let from = Math.max(0, at - radius);
  let to = Math.min(body.length, at + query.length + radius);
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) from -= 1;
  if (to < body.length && isLowSurrogate(body.charCodeAt(to))) to += 1;
  return snippetFrom(body.slice(from, to), query, from > 0, to < body.length);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
