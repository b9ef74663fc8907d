import type { Handlers } from '../../../shared/api/contract';
import type { WordListEntry } from '../../../shared/proofread/core/types';
import { WordListSchema } from '../../../shared/proofread/wordList';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';

const KEY = 'proofreadWordList';

/** The bureau's 词表 (organisation names, people, terms) the proofreader checks names against. */
export function readWordList(db: Db): WordListEntry[] {
  return readSetting(db, KEY, WordListSchema) ?? [];
}

export function writeWordList(db: Db, list: readonly WordListEntry[]): WordListEntry[] {
  writeSetting(db, KEY, list);
  return [...list];
}

export function wordListHandlers(ctx: ServiceContext): Pick<Handlers, 'wordList.get' | 'wordList.save'> {
  const { db } = ctx;
  return {
    'wordList.get': () => readWordList(db),
    'wordList.save': ({ entries }) => writeWordList(db, entries),
  };
}
