import { z } from 'zod';
import { Uuid } from '../model/draft';
import { IgnoredKeysSchema, ProofreadPreferencesSchema } from '../proofread/preferences';
import { WordListSchema } from '../proofread/wordList';

const noInput = z.object({}).strict();

/**
 * What the proofreader remembers: which rules are on (for every letter), the findings the clerk chose
 * to ignore (per draft), and the 词表 of official names it checks names against.
 */
export const proofreadCalls = {
  'proofread.preferences': { input: noInput, output: ProofreadPreferencesSchema },
  'proofread.savePreferences': { input: ProofreadPreferencesSchema, output: z.object({}) },
  'proofread.ignored': { input: z.object({ draftId: Uuid }).strict(), output: IgnoredKeysSchema },
  'proofread.saveIgnored': { input: z.object({ draftId: Uuid, keys: IgnoredKeysSchema }).strict(), output: z.object({}) },
  'wordList.get': { input: noInput, output: WordListSchema },
  'wordList.save': { input: z.object({ entries: WordListSchema }).strict(), output: WordListSchema },
} as const;
