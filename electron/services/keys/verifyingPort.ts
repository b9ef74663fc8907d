import { createHash } from 'node:crypto';
import type { SignaturePort } from '../../../shared/signing/port';
import { sm2Port } from '../../../shared/signing/sm2';

/** Signatures already checked in this process: SM2 in JavaScript takes milliseconds, and every status replays the whole log. */
const checked = new Map<string, boolean>();
const LIMIT = 20_000;

/** The SM2/SM3 port with each verdict remembered by message, key and signature. */
export const verifyingPort: SignaturePort = {
  sm3: sm2Port.sm3,
  verify(publicKey, message, signature) {
    const id = createHash('sha256').update(publicKey).update('\u0000').update(signature).update('\u0000').update(message).digest('base64');
    const known = checked.get(id);
    if (known !== undefined) return known;
    const holds = sm2Port.verify(publicKey, message, signature);
    if (checked.size >= LIMIT) checked.delete(checked.keys().next().value!);
    checked.set(id, holds);
    return holds;
  },
};
