import { sm2, sm3 } from 'sm-crypto-v2';
import { hexToBytes, PUBLIC_KEY_PATTERN, type SigningPort } from './port';

/** The order of the SM2 curve's base point (GB/T 32918.5). */
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A strict DER reading of SEQUENCE { INTEGER r, INTEGER s }: minimal lengths and integers, nothing
 * after it, 1 <= r, s < n. The library's own reader is lenient; one encoding per signature is ours.
 */
export function readDerSignature(hex: string): { r: bigint; s: bigint } | null {
  if (!/^([0-9a-f]{2})+$/.test(hex)) return null;
  const bytes = hexToBytes(hex);
  let at = 0;
  const length = (): number | null => {
    const first = bytes[at++];
    if (first === undefined) return null;
    if (first < 0x80) return first;
    if (first !== 0x81) return null;
    const value = bytes[at++];
    return value !== undefined && value >= 0x80 ? value : null;
  };
  const integer = (): bigint | null => {
    if (bytes[at++] !== 0x02) return null;
    const size = length();
    if (size === null || size < 1 || size > 33 || at + size > bytes.length) return null;
    const value = bytes.subarray(at, at + size);
    at += size;
    if (value[0] & 0x80) return null;
    if (size > 1 && value[0] === 0 && !(value[1] & 0x80)) return null;
    const number = BigInt(`0x${toHex(value)}`);
    return number >= 1n && number < N ? number : null;
  };
  if (bytes[at++] !== 0x30) return null;
  const total = length();
  if (total === null || at + total !== bytes.length) return null;
  const r = integer();
  const s = integer();
  return r !== null && s !== null && at === bytes.length ? { r, s } : null;
}

const raw = ({ r, s }: { r: bigint; s: bigint }) => r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0');

function onCurve(publicKey: string): boolean {
  if (!PUBLIC_KEY_PATTERN.test(publicKey)) return false;
  try {
    return sm2.verifyPublicKey(publicKey);
  } catch {
    return false;
  }
}

/** SM2/SM3 through sm-crypto-v2, with the standard's default distinguishing id 1234567812345678. */
export const sm2Port: SigningPort = {
  sm3: (data) => sm3(data),
  verify(publicKey, message, signature) {
    const parsed = readDerSignature(signature);
    if (!parsed || !onCurve(publicKey)) return false;
    try {
      return sm2.doVerifySignature(message, raw(parsed), publicKey, { hash: true, der: false });
    } catch {
      return false;
    }
  },
  generate() {
    const { privateKey, publicKey } = sm2.generateKeyPairHex();
    return { privateKey: privateKey.padStart(64, '0'), publicKey };
  },
  sign: (privateKey, publicKey, message) => sm2.doSignature(message, privateKey, { hash: true, der: true, publicKey }),
  publicKeyOf: (privateKey) => sm2.getPublicKeyFromPrivateKey(privateKey),
};
