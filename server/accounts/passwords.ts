import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are stored as scrypt (memory-hard: 2^15 × 8 × 128 bytes = 32 MB per check), with a
 * per-account salt, as `scrypt$logN$r$p$salt$hash`. Checking is asynchronous so one login does not
 * stall the other clients.
 */
const LOG_N = 15;
const R = 8;
const P = 1;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 32, { N: 2 ** logN, r, p, maxmem: 2 ** logN * r * 128 * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, LOG_N, R, P);
  return `scrypt$${LOG_N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (!(logN >= 10 && logN <= 20 && r >= 1 && r <= 16 && p >= 1 && p <= 4)) return false;
  const expected = Buffer.from(parts[5], 'base64');
  const got = await derive(password, Buffer.from(parts[4], 'base64'), logN, r, p);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** A password IT may set: long enough to survive rate-limited guessing. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少 8 位。';
  if (password.length > 200) return '密码最长 200 位。';
  return null;
}

/** A hash checked when the login does not exist, so a missing account takes as long as a wrong password. */
export const DUMMY_HASH = `scrypt$${LOG_N}$${R}$${P}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;
