import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { BureauProfileSchema, EMPTY_PROFILE, profileFromFile, profileToFile, type BureauProfile } from '../../shared/profile/bureauProfile';
import type { Db } from '../db/open';
import type { ServiceContext } from './context';

const KEY = 'bureauProfile';

export function readProfile(db: Db): BureauProfile {
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (stored === undefined) return EMPTY_PROFILE;
  const parsed = BureauProfileSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : EMPTY_PROFILE;
}

function writeProfile(db: Db, profile: BureauProfile): BureauProfile {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(profile));
  return profile;
}

export function profileHandlers(ctx: ServiceContext): Pick<Handlers, 'profile.get' | 'profile.save' | 'profile.export' | 'profile.import'> {
  const { db } = ctx;
  return {
    'profile.get': () => readProfile(db),
    'profile.save': (profile) => writeProfile(db, profile),
    'profile.export': () => ({ fileName: '单位信息.json', text: profileToFile(readProfile(db)) }),
    'profile.import': ({ text }) => {
      const profile = profileFromFile(text);
      if (typeof profile === 'string') throw new ApiError('invalid_input', profile);
      return writeProfile(db, profile);
    },
  };
}
