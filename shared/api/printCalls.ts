import { z } from 'zod';
import { Uuid } from '../model/draft';
import { PrintSettingsSchema } from '../print/settings';
import { PrintPreferencesSchema } from '../print/preferences';

/**
 * The letter laid out in the GB/T 9704-2012 print layout for the preview, and the clerk's remembered
 * print choices. Printing and PDF themselves go through the desktop shell (shellCalls).
 */
export const printCalls = {
  'print.render': {
    input: z.object({ draftId: Uuid, settings: PrintSettingsSchema.optional() }).strict(),
    output: z.object({ title: z.string(), css: z.string(), bodyHtml: z.string(), unfilled: z.array(z.string()), settings: PrintSettingsSchema }),
  },
  'print.preferences': { input: z.object({}).strict(), output: PrintPreferencesSchema },
  'print.savePreferences': { input: PrintPreferencesSchema, output: z.object({}) },
} as const;
