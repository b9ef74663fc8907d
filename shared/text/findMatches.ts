export interface TextMatch {
  start: number;
  end: number;
}

/** Every non-overlapping occurrence of `query` in `text`, left to right (UTF-16 offsets). */
export function findMatches(text: string, query: string): TextMatch[] {
  if (query === '') return [];
  const matches: TextMatch[] = [];
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) {
    matches.push({ start: at, end: at + query.length });
  }
  return matches;
}
