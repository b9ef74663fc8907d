import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { BureauProfileSchema, EMPTY_PROFILE, profileFromFile, profileToFile, type BureauProfile } from '../../../shared/profile/bureauProfile';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';
import { mergeEntries, withWordList, wordListOfFile } from '../../../shared/proofread/wordList';
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
    'profile.export': () => ({ fileName: '单位信息.json', text: withWordList(profileToFile(readProfile(db)), readWordList(db)) }),
    'profile.import': ({ text }) => {
      const profile = profileFromFile(text);
      if (typeof profile === 'string') throw new ApiError('invalid_input', profile);
      return db.transaction(() => {
        writeWordList(db, mergeEntries(readWordList(db), wordListOfFile(text)));
        return writeProfile(db, profile);
      })();
    },
  };
}
