import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { SEALED_KEY_FORMAT, type SealedKey } from '../../shared/signing/sealedKeyFormat';

/**
 * The bureau root's private key as it rests in the key folder: the desktop's file format
 * (shared/signing/sealedKeyFormat.ts, written by `dafu keys init-bureau`), so IT can bring a folder made
 * there, or use the server's folder with `dafu keys …`. scrypt from the PIN, AES-256-GCM, the holder
 * and public key bound in as associated data. The server may not import the desktop's sealedKey.ts, so
 * this repeats its sealing; electron/services/keys/serverRootFormat.test.ts keeps the two interchangeable.
 */

export class WrongRootPin extends Error {
  constructor() {
    super('根密钥口令不对。');
  }
}

const derive = (pin: string, salt: Buffer, logN: number) =>
  scryptSync(pin.normalize('NFC'), salt, 32, { N: 2 ** logN, r: 8, p: 1, maxmem: 2 ** logN * 8 * 128 * 2 });
const associated = (holder: string, publicKey: string) => Buffer.from(`${SEALED_KEY_FORMAT}/v1\n${holder}\n${publicKey}`, 'utf8');

export function sealRoot(keys: { privateKey: string; publicKey: string }, holder: string, pin: string, createdAt: string, logN = 15): SealedKey {
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

export function openRoot(sealed: SealedKey, pin: string): string {
  const decipher = createDecipheriv('aes-256-gcm', derive(pin, Buffer.from(sealed.kdf.salt, 'base64'), sealed.kdf.logN), Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(associated(sealed.holder, sealed.publicKey));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('hex');
  } catch {
    throw new WrongRootPin();
  }
}
