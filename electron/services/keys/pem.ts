import { PUBLIC_KEY_PATTERN } from '../../../shared/signing/port';

/** SubjectPublicKeyInfo up to the key bits: id-ecPublicKey with the SM2 curve (1.2.156.10197.1.301), then BIT STRING of 66 bytes. */
const SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';

/** A public key as OpenSSL reads it (`openssl pkeyutl -verify -pubin -inkey FILE.pem`). */
export function publicKeyPem(publicKey: string): string {
  if (!PUBLIC_KEY_PATTERN.test(publicKey)) throw new Error('not an uncompressed SM2 public key');
  const base64 = Buffer.from(SPKI_PREFIX + publicKey, 'hex').toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** The uncompressed key (hex) in an SM2 public key's DER, as `openssl pkey -pubin -outform DER` writes it. */
export function publicKeyFromDer(der: Uint8Array): string {
  const hex = Buffer.from(der).toString('hex');
  if (!hex.startsWith(SPKI_PREFIX) || hex.length !== SPKI_PREFIX.length + 130) throw new Error('not an SM2 public key');
  return hex.slice(SPKI_PREFIX.length);
}
