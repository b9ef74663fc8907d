import type { ListRow } from './listRow';

export interface PhraseMatch {
  start: number;
  end: number;
  row: ListRow;
}

/** Rows keyed by their first character, longest first: one Map lookup per character of the text. */
export type PhraseIndex = ReadonlyMap<string, readonly ListRow[]>;

export function buildPhraseIndex(rows: readonly ListRow[]): PhraseIndex {
  const index = new Map<string, ListRow[]>();
  for (const row of rows) {
    const bucket = index.get(row.wrong[0]);
    if (bucket) bucket.push(row);
    else index.set(row.wrong[0], [row]);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.wrong.length - a.wrong.length);
  return index;
}

const SENTENCE_END = /[。！？；!?;\n]/;

function sentenceAfter(text: string, from: number): string {
  let end = from;
  while (end < text.length && !SENTENCE_END.test(text[end])) end += 1;
  return text.slice(from, end);
}

function fits(row: ListRow, text: string, start: number, end: number): boolean {
  if (row.onlyAfter && !row.onlyAfter.some((after) => text.startsWith(after, end))) return false;
  if (row.notBefore?.some((before) => text.endsWith(before, start))) return false;
  if (row.notAfter?.some((after) => text.startsWith(after, end))) return false;
  if (row.unlessSentenceHas) {
    const rest = sentenceAfter(text, end);
    if (row.unlessSentenceHas.some((word) => rest.includes(word))) return false;
  }
  return true;
}

/**
 * Every listed phrase in the text whose context fits, left to right, never overlapping. A phrase its
 * context clears (原国家卫生和计划生育委员会) clears the shorter phrases inside it too.
 */
export function findPhrases(index: PhraseIndex, text: string): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const bucket = index.get(text[i]);
    if (bucket === undefined) continue;
    const present = bucket.filter((candidate) => text.startsWith(candidate.wrong, i));
    if (present.length === 0) continue;
    const row = present.find((candidate) => fits(candidate, text, i, i + candidate.wrong.length));
    if (row !== undefined) matches.push({ start: i, end: i + row.wrong.length, row });
    i += (row ?? present[0]).wrong.length - 1;
  }
  return matches;
}
