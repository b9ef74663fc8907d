/**
 * A forward-only pass over the tags of an Office XML part, in time linear in its length (each
 * character is looked at a bounded number of times, whatever the input): each tag with its local
 * name (prefix dropped) and attributes, and the text between tags. Enough for the regular parts of
 * a spreadsheet; no DOM is built, so a large sheet costs no more than its text. Malformed XML (a
 * tag, comment or CDATA section never closed) throws XmlBroken.
 */
export interface XmlTag {
  /** Local name: `x:row` and `row` are both `row`. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Attributes by local name (`r:id` is `id`), values decoded. */
  attributes: ReadonlyMap<string, string>;
}

export interface XmlVisitor {
  tag: (tag: XmlTag) => void;
  /** Text between tags, entities decoded. */
  text?: (text: string) => void;
}

export class XmlBroken extends Error {}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Where the tag starting at `start` ends ('>' outside quotes), or -1. */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let at = start; at < xml.length; at += 1) {
    const char = xml[at];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at;
    else if (char === '<') return -1;
  }
  return -1;
}

/** name="value" pairs, read left to right once. */
function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    while (at < text.length && WHITESPACE.has(text[at])) at += 1;
    const nameStart = at;
    while (at < text.length && text[at] !== '=' && !WHITESPACE.has(text[at])) at += 1;
    const name = text.slice(nameStart, at);
    while (at < text.length && WHITESPACE.has(text[at])) at += 1;
    if (text[at] !== '=') {
      at += 1;
      continue;
    }
    at += 1;
    while (at < text.length && WHITESPACE.has(text[at])) at += 1;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") continue;
    const close = text.indexOf(quote, at + 1);
    if (close < 0) break;
    if (name !== '') attributes.set(localName(name), decodeEntities(text.slice(at + 1, close)));
    at = close + 1;
  }
  return attributes;
}

function closeOf(xml: string, from: number, marker: string): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new XmlBroken(`unclosed ${marker}`);
  return end;
}

export function scanXml(xml: string, visitor: XmlVisitor, { attributes: withAttributes = true }: { attributes?: boolean } = {}): void {
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const textEnd = open < 0 ? xml.length : open;
    if (visitor.text && textEnd > at) visitor.text(decodeEntities(xml.slice(at, textEnd)));
    if (open < 0) return;
    if (xml.startsWith('<!--', open)) {
      at = closeOf(xml, open + 4, '-->') + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', open)) {
      const end = closeOf(xml, open + 9, ']]>');
      visitor.text?.(xml.slice(open + 9, end));
      at = end + 3;
      continue;
    }
    const end = tagEnd(xml, open + 1);
    if (end < 0) throw new XmlBroken('unclosed tag');
    at = end + 1;
    const next = xml[open + 1];
    if (next === '?' || next === '!') continue;
    const closing = next === '/';
    const selfClosing = xml[end - 1] === '/';
    const inner = xml.slice(open + (closing ? 2 : 1), selfClosing ? end - 1 : end);
    let nameEnd = 0;
    while (nameEnd < inner.length && !WHITESPACE.has(inner[nameEnd])) nameEnd += 1;
    visitor.tag({
      name: localName(inner.slice(0, nameEnd)),
      closing,
      selfClosing,
      attributes: !withAttributes || closing || nameEnd === inner.length ? NO_ATTRIBUTES : readAttributes(inner.slice(nameEnd)),
    });
  }
}

/**
 * Whether elements nest deeper than `limit` anywhere in the XML, found in one pass before a DOM is
 * built: a file nested 100,000 deep is damage or malice, and would cost the parser and the readers
 * that walk it (recursively) far more than its size suggests.
 */
export function nestsDeeperThan(xml: string, limit: number): boolean {
  let depth = 0;
  let deepest = 0;
  scanXml(
    xml,
    {
      tag: ({ closing, selfClosing }) => {
        if (selfClosing) return;
        depth += closing ? -1 : 1;
        deepest = Math.max(deepest, depth);
      },
    },
    { attributes: false },
  );
  return deepest > limit;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function fromCodePoint(code: number, original: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : original;
}

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z]{1,8});/g, (entity: string, body: string) => {
    if (body.startsWith('#x')) return fromCodePoint(parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return fromCodePoint(parseInt(body.slice(1), 10), entity);
    return NAMED.get(body) ?? entity;
  });
}
