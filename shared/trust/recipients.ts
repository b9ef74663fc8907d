import { z } from 'zod';
import { Uuid } from '../model/draft';
import type { ListedKey } from './keyList';

export const RecipientOptionSchema = z.object({ userId: Uuid, name: z.string(), unit: z.string(), role: z.enum(['reviewer', 'signer']) });
export type RecipientOption = z.infer<typeof RecipientOptionSchema>;

/** The people a step can be sent to: the key list's reviewers and signers whose keys are not revoked, but not `me`. */
export function recipientOptions(keys: readonly ListedKey[], meId: string): RecipientOption[] {
  const seen = new Set<string>();
  const options: RecipientOption[] = [];
  for (const key of keys) {
    if (key.revokedAt || key.userId === meId || seen.has(key.userId) || (key.role !== 'reviewer' && key.role !== 'signer')) continue;
    seen.add(key.userId);
    options.push({ userId: key.userId, name: key.name, unit: key.unit, role: key.role });
  }
  return options.sort((a, b) => a.unit.localeCompare(b.unit, 'zh') || a.name.localeCompare(b.name, 'zh'));
}
