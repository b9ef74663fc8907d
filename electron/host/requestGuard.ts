import { timingSafeEqual } from 'node:crypto';

export type GuardVerdict = { status: 200 } | { status: 401 | 403; message: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Host and Origin first (DNS rebinding and other web pages get 403), then the per-run token (401).
 * A request without an Origin header comes from a local script, which still needs the token.
 */
export function checkRequest(
  headers: { host?: string; origin?: string; authorization?: string },
  port: number,
  token: string,
  { needsToken }: { needsToken: boolean },
): GuardVerdict {
  const allowedHosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (!headers.host || !allowedHosts.includes(headers.host)) return { status: 403, message: 'foreign host' };
  if (headers.origin !== undefined && !allowedHosts.map((host) => `http://${host}`).includes(headers.origin)) {
    return { status: 403, message: 'foreign origin' };
  }
  if (needsToken) {
    const match = /^Bearer (.+)$/.exec(headers.authorization ?? '');
    if (!match || !sameToken(match[1], token)) return { status: 401, message: 'missing or wrong token' };
  }
  return { status: 200 };
}
