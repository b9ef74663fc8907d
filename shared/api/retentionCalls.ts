import { z } from 'zod';
import { RetentionRunSchema, RetentionSettingsSchema } from '../retention/retentionSettings';

/**
 * 版本精简: automatic revisions pile up while the clerk types, so old ones are thinned by the clerk's
 * policy; the calls read and save it, say what it would remove, thin now, and list past runs.
 */
export const retentionCalls = {
  'retention.get': { input: z.object({}).strict(), output: z.object({ settings: RetentionSettingsSchema, log: z.array(RetentionRunSchema) }) },
  'retention.save': { input: RetentionSettingsSchema, output: RetentionSettingsSchema },
  'retention.preview': { input: RetentionSettingsSchema, output: z.object({ revisions: z.number().int(), drafts: z.number().int(), message: z.string() }) },
  'retention.run': { input: z.object({}).strict(), output: RetentionRunSchema },
} as const;
