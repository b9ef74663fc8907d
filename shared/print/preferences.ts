import { z } from 'zod';
import { DEFAULT_PRINT_SETTINGS, PrintSettingsSchema } from './settings';

/**
 * What the clerk chose for printing, remembered across sessions: the preview's settings (the page
 * marks in the editor follow them, so both show the same pages) and whether the marks show at all.
 */
export const PrintPreferencesSchema = z
  .object({
    /** 视图 → 显示分页: page-break marks in the editor while drafting. */
    pageMarks: z.boolean().default(true),
    settings: PrintSettingsSchema.default(DEFAULT_PRINT_SETTINGS),
  })
  .strict();

export type PrintPreferences = z.infer<typeof PrintPreferencesSchema>;

export const DEFAULT_PRINT_PREFERENCES: PrintPreferences = PrintPreferencesSchema.parse({});
