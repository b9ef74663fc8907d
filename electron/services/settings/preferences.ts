import { z } from 'zod';
import type { Handlers } from '../../../shared/api/contract';
import { ProofreadPreferencesSchema, type ProofreadPreferences } from '../../../shared/proofread/preferences';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';
import { readDraftRow } from '../drafts/records/draftRecords';

const PREFERENCES_KEY = 'proofreadPreferences';
const ignoredKey = (draftId: string) => `proofreadIgnored:${draftId}`;

export const readProofreadPreferences = (db: Db): ProofreadPreferences =>
  readSetting(db, PREFERENCES_KEY, ProofreadPreferencesSchema) ?? { on: true, disabledRules: [] };

export const writeProofreadPreferences = (db: Db, preferences: ProofreadPreferences): void => writeSetting(db, PREFERENCES_KEY, preferences);

/** The clerk's proofreading choices live in the database with the drafts, not in one browser's storage. */
export function preferenceHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'proofread.preferences' | 'proofread.savePreferences' | 'proofread.ignored' | 'proofread.saveIgnored'> {
  const { db } = ctx;
  return {
    'proofread.preferences': () => readProofreadPreferences(db),
    'proofread.savePreferences': (preferences) => {
      writeProofreadPreferences(db, preferences);
      return {};
    },
    'proofread.ignored': ({ draftId }) => {
      readDraftRow(db, draftId);
      return readSetting(db, ignoredKey(draftId), z.array(z.string())) ?? [];
    },
    'proofread.saveIgnored': ({ draftId, keys }) => {
      readDraftRow(db, draftId);
      writeSetting(db, ignoredKey(draftId), keys);
      return {};
    },
  };
}
