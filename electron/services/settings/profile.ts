import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { bureauFileText, readBureauFile } from '../../../shared/bureauFile/bureauFile';
import { BureauProfileSchema, EMPTY_PROFILE, type BureauProfile } from '../../../shared/profile/bureauProfile';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';
import { mergeEntries } from '../../../shared/proofread/wordList';
import { mergeBureauLists, readBureauLists } from './bureauLists';
import { readProofreadPreferences, writeProofreadPreferences } from './preferences';
import { readWordList, writeWordList } from './wordList';

const KEY = 'bureauProfile';

export function readProfile(db: Db): BureauProfile {
  return readSetting(db, KEY, BureauProfileSchema) ?? EMPTY_PROFILE;
}

function writeProfile(db: Db, profile: BureauProfile): BureauProfile {
  writeSetting(db, KEY, profile);
  return profile;
}

export function profileHandlers(ctx: ServiceContext): Pick<Handlers, 'profile.get' | 'profile.save' | 'profile.export' | 'profile.import'> {
  const { db } = ctx;
  return {
    'profile.get': () => readProfile(db),
    'profile.save': (profile) => writeProfile(db, profile),
    // The file carries what the office tunes for every PC: the profile, the 词表, its own list rows and the rules it switched off.
    'profile.export': () => ({
      fileName: '单位信息.json',
      text: bureauFileText({
        profile: readProfile(db),
        wordList: readWordList(db),
        lists: readBureauLists(db),
        disabledRules: readProofreadPreferences(db).disabledRules,
      }),
    }),
    'profile.import': ({ text }) => {
      const file = readBureauFile(text);
      if (typeof file === 'string') throw new ApiError('invalid_input', file);
      return db.transaction(() => {
        writeWordList(db, mergeEntries(readWordList(db), file.wordList));
        mergeBureauLists(db, file.lists);
        const preferences = readProofreadPreferences(db);
        writeProofreadPreferences(db, { ...preferences, disabledRules: [...new Set([...preferences.disabledRules, ...file.disabledRules])] });
        return { profile: writeProfile(db, file.profile), refused: file.refused };
      })();
    },
  };
}
