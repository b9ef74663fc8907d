import type { Handlers } from '../../../shared/api/contract';
import { DEFAULT_PRINT_PREFERENCES, PrintPreferencesSchema } from '../../../shared/print/preferences';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';

const KEY = 'printPreferences';

export function printPreferenceHandlers(ctx: ServiceContext): Pick<Handlers, 'print.preferences' | 'print.savePreferences'> {
  return {
    'print.preferences': () => readSetting(ctx.db, KEY, PrintPreferencesSchema) ?? DEFAULT_PRINT_PREFERENCES,
    'print.savePreferences': (preferences) => {
      writeSetting(ctx.db, KEY, preferences);
      return {};
    },
  };
}
