import DOMPurify, { type Config } from 'dompurify';

/**
 * What survives from pasted HTML: structure and emphasis only. No images (remote or not), links lose
 * their address, no event handlers, no <svg>/<math>, and Word's <xml>, <style> and conditional
 * comments go with their content. The result is a detached fragment that is only read, never shown.
 */
const PASTE_CONFIG: Config = {
  ALLOWED_TAGS: [
    'p',
    'div',
    'br',
    'b',
    'strong',
    'i',
    'em',
    'u',
    'span',
    'font',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'td',
    'th',
    'ul',
    'ol',
    'li',
    'blockquote',
    'section',
    'article',
    'dd',
    'dt',
  ],
  ALLOWED_ATTR: ['style', 'class', 'data-role', 'data-level', 'rowspan', 'colspan'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_FORBID_CONTENTS: ['xml', 'head', 'title', 'meta', 'link'],
  RETURN_DOM_FRAGMENT: true,
};

export function sanitizeClipboardHtml(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, PASTE_CONFIG) as unknown as DocumentFragment;
}
