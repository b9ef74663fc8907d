import type { ListRow } from './listRow';

export interface PhraseMatch {
  start: number;
  end: number;
  row: ListRow;
}

/**
 * Rows keyed by their first two UTF-16 units (every listed phrase has at least two characters),
 * longest first: one Map lookup per character of the text, without making a string.
 */
export type PhraseIndex = ReadonlyMap<number, readonly ListRow[]>;

const keyAt = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

export function buildPhraseIndex(rows: readonly ListRow[]): PhraseIndex {
  const index = new Map<number, ListRow[]>();
  for (const row of rows) {
    const key = keyAt(row.wrong, 0);
    const bucket = index.get(key);
    if (bucket) bucket.push(row);
    else index.set(key, [row]);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.wrong.length - a.wrong.length);
  return index;
}

/** Which UTF-16 units open a listed phrase and which come second: most positions of a letter are passed over by two array reads, without a Map lookup. */
interface PhraseStarts {
  first: Uint8Array;
  second: Uint8Array;
}

const startTables = new WeakMap<PhraseIndex, PhraseStarts>();

function startsOf(index: PhraseIndex): PhraseStarts {
  let starts = startTables.get(index);
  if (starts) return starts;
  starts = { first: new Uint8Array(0x10000), second: new Uint8Array(0x10000) };
  for (const key of index.keys()) {
    starts.first[Math.floor(key / 0x10000)] = 1;
    starts.second[key % 0x10000] = 1;
  }
  startTables.set(index, starts);
  return starts;
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
  const starts = startsOf(index);
  for (let i = 0; i < text.length - 1; i += 1) {
    if (starts.first[text.charCodeAt(i)] === 0 || starts.second[text.charCodeAt(i + 1)] === 0) continue;
    const bucket = index.get(keyAt(text, i));
    if (bucket === undefined) continue;
    let present: ListRow | undefined;
    let row: ListRow | undefined;
    for (const candidate of bucket) {
      if (!text.startsWith(candidate.wrong, i)) continue;
      present ??= candidate;
      if (fits(candidate, text, i, i + candidate.wrong.length)) {
        row = candidate;
        break;
      }
    }
    if (present === undefined) continue;
    if (row !== undefined) matches.push({ start: i, end: i + row.wrong.length, row });
    i += (row ?? present).wrong.length - 1;
  }
  return matches;
}
