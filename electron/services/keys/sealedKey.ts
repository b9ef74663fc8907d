import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { SEALED_KEY_FORMAT, type SealedKey } from '../../../shared/signing/sealedKeyFormat';

/** scrypt's cost: 2^15 with r = 8 takes 32 MB and about a tenth of a second, once per unlock. */
export const DEFAULT_KDF_COST = 15;

export const MIN_PIN_LENGTH = 6;

/** Why a PIN may not be chosen; null when it may. */
export function pinProblem(pin: string): string | null {
  if (pin.length < MIN_PIN_LENGTH) return `签名口令至少 ${MIN_PIN_LENGTH} 位。`;
  if (/^(.)\1+$/.test(pin) || '0123456789012345678'.includes(pin) || '9876543210987654321'.includes(pin))
    return '签名口令太简单（如 111111、123456），请换一个。';
  return null;
}

export class WrongPin extends Error {
  constructor() {
    super('签名口令不对，请重新输入。');
  }
}

const derive = (pin: string, salt: Buffer, logN: number) =>
  scryptSync(pin.normalize('NFC'), salt, 32, { N: 2 ** logN, r: 8, p: 1, maxmem: 2 ** logN * 8 * 128 * 2 });
const associated = (holder: string, publicKey: string) => Buffer.from(`${SEALED_KEY_FORMAT}/v1\n${holder}\n${publicKey}`, 'utf8');

export function sealKey(keys: { privateKey: string; publicKey: string }, holder: string, pin: string, createdAt: string, logN = DEFAULT_KDF_COST): SealedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(pin, salt, logN), iv);
  cipher.setAAD(associated(holder, keys.publicKey));
  const data = Buffer.concat([cipher.update(Buffer.from(keys.privateKey, 'hex')), cipher.final()]);
  return {
    format: SEALED_KEY_FORMAT,
    v: 1,
    holder,
    publicKey: keys.publicKey,
    kdf: { name: 'scrypt', logN, r: 8, p: 1, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
    createdAt,
  };
}

/** The private key (hex), or WrongPin. */
export function openKey(sealed: SealedKey, pin: string): string {
  const decipher = createDecipheriv('aes-256-gcm', derive(pin, Buffer.from(sealed.kdf.salt, 'base64'), sealed.kdf.logN), Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(associated(sealed.holder, sealed.publicKey));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('hex');
  } catch {
    throw new WrongPin();
  }
}
