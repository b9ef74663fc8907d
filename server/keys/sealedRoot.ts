import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { PUBLIC_KEY_PATTERN } from '../../shared/signing/port';

/**
 * The bureau root's private key as it rests in the key folder: the same file format as the desktop's
 * `dafu keys init-bureau` writes (electron/services/keys/sealedKey.ts), so IT can bring a folder made
 * there, or use the server's folder with `dafu keys …`. scrypt from the PIN, AES-256-GCM, the holder
 * and public key bound in as associated data. Kept in step with the desktop by a test
 * (server/keys/rootFolder.test.ts reads a folder in the desktop's layout).
 */
const FORMAT = 'dafu-private-key';
const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const SealedRootSchema = z
  .object({
    format: z.literal(FORMAT),
    v: z.literal(1),
    holder: z.string().max(40),
    publicKey: z.string().regex(PUBLIC_KEY_PATTERN),
    kdf: z.object({ name: z.literal('scrypt'), logN: z.number().int().min(10).max(20), r: z.literal(8), p: z.literal(1), salt: B64 }).strict(),
    cipher: z.literal('aes-256-gcm'),
    iv: B64,
    tag: B64,
    data: B64,
    createdAt: z.string(),
  })
  .strict();
export type SealedRoot = z.infer<typeof SealedRootSchema>;

export class WrongRootPin extends Error {
  constructor() {
    super('根密钥口令不对。');
  }
}

const derive = (pin: string, salt: Buffer, logN: number) =>
  scryptSync(pin.normalize('NFC'), salt, 32, { N: 2 ** logN, r: 8, p: 1, maxmem: 2 ** logN * 8 * 128 * 2 });
const associated = (holder: string, publicKey: string) => Buffer.from(`${FORMAT}/v1\n${holder}\n${publicKey}`, 'utf8');

export function sealRoot(keys: { privateKey: string; publicKey: string }, holder: string, pin: string, createdAt: string, logN = 15): SealedRoot {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(pin, salt, logN), iv);
  cipher.setAAD(associated(holder, keys.publicKey));
  const data = Buffer.concat([cipher.update(Buffer.from(keys.privateKey, 'hex')), cipher.final()]);
  return {
    format: FORMAT,
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

export function openRoot(sealed: SealedRoot, pin: string): string {
  const decipher = createDecipheriv('aes-256-gcm', derive(pin, Buffer.from(sealed.kdf.salt, 'base64'), sealed.kdf.logN), Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(associated(sealed.holder, sealed.publicKey));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('hex');
  } catch {
    throw new WrongRootPin();
  }
}
