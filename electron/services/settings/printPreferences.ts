import type { Handlers } from '../../../shared/api/contract';
import { DEFAULT_PRINT_PREFERENCES, PrintPreferencesSchema } from '../../../shared/print/preferences';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';

const KEY = 'printPreferences';

/** The clerk's remembered print choices (the .docx export follows them too). */
export const readPrintPreferences = (db: ServiceContext['db']) => readSetting(db, KEY, PrintPreferencesSchema) ?? DEFAULT_PRINT_PREFERENCES;

export function printPreferenceHandlers(ctx: ServiceContext): Pick<Handlers, 'print.preferences' | 'print.savePreferences'> {
  return {
    'print.preferences': () => readPrintPreferences(ctx.db),
    'print.savePreferences': (preferences) => {
      writeSetting(ctx.db, KEY, preferences);
      return {};
    },
  };
}
