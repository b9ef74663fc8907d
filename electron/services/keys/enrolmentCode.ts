import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 16;

/** A one-time enrolment code as IT hands it over: 16 characters (about 79 bits) in groups of four. */
export function newEnrolmentCode(): string {
  const code = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** The code as typed back, whatever the case and separators. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

export const isEnrolmentCode = (typed: string) => new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(normaliseCode(typed));

/** What IT keeps of a code: the key its MACs are made with, never the code itself. */
export const codeKey = (code: string) =>
  createHash('sha256')
    .update(`dafu-enrolment/v1\n${normaliseCode(code)}`)
    .digest('hex');

export const enrolmentMac = (key: string, message: Uint8Array) => createHmac('sha256', Buffer.from(key, 'hex')).update(message).digest('hex');

export function macMatches(key: string, message: Uint8Array, mac: string): boolean {
  const expected = Buffer.from(enrolmentMac(key, message), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
