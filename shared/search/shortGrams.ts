/**
 * SQLite's trigram index finds nothing for one- and two-character queries, so those go through a
 * second index of every distinct single character and character pair (letters and digits only),
 * written space-separated for FTS5's unicode61 tokenizer.
 */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

export const SHORT_QUERY_MAX = 2;

export function isIndexedChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

/** The distinct grams of a text, as one space-separated string ready for the gram index. */
export function shortGrams(text: string): string {
  const grams = new Set<string>();
  let previous = '';
  for (const char of text.toLowerCase()) {
    if (!isIndexedChar(char)) {
      previous = '';
      continue;
    }
    grams.add(char);
    if (previous) grams.add(previous + char);
    previous = char;
  }
  return [...grams].join(' ');
}

/** Whether the gram index can answer this query exactly: one or two letters or digits. */
export function isGramQuery(query: string): boolean {
  const chars = [...query];
  return chars.length >= 1 && chars.length <= SHORT_QUERY_MAX && chars.every(isIndexedChar);
}
