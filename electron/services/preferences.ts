import type { Handlers } from '../../shared/api/contract';
import { ProofreadPreferencesSchema, type ProofreadPreferences } from '../../shared/proofread/preferences';
import type { ServiceContext } from './context';
import { loadDraftRow } from './draftRecords';

const PREFERENCES_KEY = 'proofreadPreferences';
const ignoredKey = (draftId: string) => `proofreadIgnored:${draftId}`;

/** The clerk's proofreading choices live in the database with the drafts, not in one browser's storage. */
export function preferenceHandlers(ctx: ServiceContext): Pick<Handlers, 'proofread.preferences' | 'proofread.savePreferences' | 'proofread.ignored' | 'proofread.saveIgnored'> {
  const { db } = ctx;
  const read = (key: string) => db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  const write = (key: string, value: unknown) =>
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));

  return {
    'proofread.preferences': (): ProofreadPreferences => {
      const stored = read(PREFERENCES_KEY);
      const parsed = stored === undefined ? undefined : ProofreadPreferencesSchema.safeParse(JSON.parse(stored));
      return parsed?.success ? parsed.data : { on: true, disabledRules: [] };
    },
    'proofread.savePreferences': (preferences) => {
      write(PREFERENCES_KEY, preferences);
      return {};
    },
    'proofread.ignored': ({ draftId }) => {
      loadDraftRow(db, draftId);
      const stored = read(ignoredKey(draftId));
      return stored === undefined ? [] : (JSON.parse(stored) as string[]);
    },
    'proofread.saveIgnored': ({ draftId, keys }) => {
      loadDraftRow(db, draftId);
      write(ignoredKey(draftId), keys);
      return {};
    },
  };
}
