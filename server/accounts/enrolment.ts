import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * One-time enrolment codes in the desktop's format (electron/services/keys/enrolmentCode.ts): 16
 * characters from an alphabet without look-alikes, in groups of four. The server keeps only the key
 * derived from the code; the code itself never crosses the network: the client proves it knows it by
 * a MAC over its key request.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 16;

export function newEnrolmentCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)])
    .join('')
    .replace(/(.{4})(?=.)/g, '$1-');
}

const normalise = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');
export const codeKey = (code: string) =>
  createHash('sha256')
    .update(`dafu-enrolment/v1\n${normalise(code)}`)
    .digest('hex');

export function macMatches(key: string, message: Uint8Array, mac: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(mac)) return false;
  const expected = createHmac('sha256', Buffer.from(key, 'hex')).update(message).digest();
  return timingSafeEqual(Buffer.from(mac, 'hex'), expected);
}

export const enrolmentMac = (code: string, message: Uint8Array) =>
  createHmac('sha256', Buffer.from(codeKey(code), 'hex'))
    .update(message)
    .digest('hex');
