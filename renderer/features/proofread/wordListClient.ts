import type { WordListEntry } from '../../../shared/proofread/index';
import { call } from '../../api/client';

const listeners = new Set<() => void>();

export const loadWordList = () => call('wordList.get', {});

/** Saves the 词表 and tells the open letter's checker to check against the new list. */
export async function saveWordList(entries: WordListEntry[]): Promise<WordListEntry[]> {
  const saved = await call('wordList.save', { entries });
  listeners.forEach((listener) => listener());
  return saved;
}

export function onWordListSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
