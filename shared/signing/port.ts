/**
 * The cryptography the signing rules need, passed in rather than imported, so the rules stay pure
 * and a test or another process can hand them whatever implementation it trusts. Keys are SM2 on
 * the standard curve, public keys uncompressed (`04` + x + y, hex); signatures are SM2 with SM3 over
 * Z (the standard's default distinguishing id) and the message, DER-encoded, hex; digests are SM3, hex.
 */
export interface SignaturePort {
  sm3(data: Uint8Array): string;
  verify(publicKey: string, message: Uint8Array, signature: string): boolean;
}

/** What signing needs on top of checking: only the main side ever holds a private key. */
export interface SigningPort extends SignaturePort {
  generate(): { privateKey: string; publicKey: string };
  sign(privateKey: string, publicKey: string, message: Uint8Array): string;
  publicKeyOf(privateKey: string): string;
}

export const PUBLIC_KEY_PATTERN = /^04[0-9a-f]{128}$/;

export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error('not hex');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A key's fingerprint: SM3 over its 65 raw bytes, what IT reads out and a PC pins. */
export const fingerprintOf = (port: Pick<SignaturePort, 'sm3'>, publicKey: string) => port.sm3(hexToBytes(publicKey));

/** A fingerprint as people compare it: upper case in groups of four. */
export const formatFingerprint = (fingerprint: string) => fingerprint.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');

/** A fingerprint as typed back (any case, spaces or dashes), for comparison. */
export const normaliseFingerprint = (typed: string) => typed.replace(/[\s-]/g, '').toLowerCase();
