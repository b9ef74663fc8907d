import type { WordListEntry } from '../../../shared/proofread/index';
import type { BureauLists } from '../../../shared/proofread/lists/bureauLists';
import { call } from '../../api/client';

const listeners = new Set<() => void>();

export const loadWordList = () => call('wordList.get', {});

/** Saves the 词表 and tells the open letter's checker to check against the new list. */
export async function saveWordList(entries: WordListEntry[]): Promise<WordListEntry[]> {
  const saved = await call('wordList.save', { entries });
  listeners.forEach((listener) => listener());
  return saved;
}

/** Saves the bureau's 易混淆词 and 规范表述 rows; the open letter is checked against them at once. */
export async function saveBureauLists(lists: BureauLists): Promise<BureauLists> {
  const saved = await call('bureauLists.save', { lists });
  listeners.forEach((listener) => listener());
  return saved;
}

/** Tells the open letter's checker that the 词表 or the bureau's lists changed (saved, or imported from a sheet). */
export const announceListsChanged = () => listeners.forEach((listener) => listener());

export function onWordListSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
