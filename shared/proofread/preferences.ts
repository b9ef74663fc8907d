import { z } from 'zod';

export const ProofreadPreferencesSchema = z
  .object({
    on: z.boolean(),
    disabledRules: z.array(z.string().max(100)).max(500),
  })
  .strict();

export type ProofreadPreferences = z.infer<typeof ProofreadPreferencesSchema>;

export const IgnoredKeysSchema = z.array(z.string().max(1_000)).max(5_000);
