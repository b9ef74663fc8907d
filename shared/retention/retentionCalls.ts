import { z } from 'zod';
import { RetentionRunSchema, RetentionSettingsSchema } from './retentionSettings';

/** 版本精简 (issue 5): the policy, what it would remove, thinning now, and the log; shared/api/contract.ts lists the calls. */
export const retentionCalls = {
  'retention.get': { input: z.object({}).strict(), output: z.object({ settings: RetentionSettingsSchema, log: z.array(RetentionRunSchema) }) },
  'retention.save': { input: RetentionSettingsSchema, output: RetentionSettingsSchema },
  'retention.preview': { input: RetentionSettingsSchema, output: z.object({ revisions: z.number().int(), drafts: z.number().int(), message: z.string() }) },
  'retention.run': { input: z.object({}).strict(), output: RetentionRunSchema },
} as const;
