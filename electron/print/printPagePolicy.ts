import { createHash } from 'node:crypto';

/**
 * The content security policy of the page a letter is printed from. No script of the page runs
 * (a letter's text can never become one): the app's layout is evaluated into the page from outside
 * through the DevTools protocol, which the policy does not govern. The one stylesheet is allowed by
 * its hash, and nothing may be fetched: no images, fonts, frames, forms or connections.
 */
export function printPagePolicy(css: string): string {
  const styleHash = createHash('sha256').update(css, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
