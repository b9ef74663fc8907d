import type { Granularity } from './types';

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * Splits a paragraph into the units a diff compares. Word mode keeps Intl.Segmenter's Chinese words
 * but makes every non-word character (punctuation, spaces) its own token, so that ，→、 or a lost 。
 * is never swallowed into a neighbouring word.
 */
export function tokenize(text: string, granularity: Granularity): string[] {
  if (granularity === 'char') return Array.from(text);
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const tokens: string[] = [];
  for (const chunk of chunks(text)) {
    for (const { segment, isWordLike } of wordSegmenter.segment(chunk)) {
      if (isWordLike) tokens.push(segment);
      else for (const ch of segment) tokens.push(ch);
    }
  }
  return tokens;
}

const CHUNK_LENGTH = 256;
const BREAK = /[\s\p{P}]/u;

/**
 * Segmenting one long string costs far more than segmenting its pieces (about 1 s against 0.1 s for
 * 30,000 characters in Node), so long text is cut after punctuation or white space, where no word
 * can straddle the cut; text with no such break for 256 characters is cut anyway.
 */
function* chunks(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK_LENGTH) {
    let cut = start + CHUNK_LENGTH;
    while (cut > start && !BREAK.test(text[cut - 1])) cut -= 1;
    if (cut === start) cut = start + CHUNK_LENGTH - (isHighSurrogate(text.charCodeAt(start + CHUNK_LENGTH - 1)) ? 1 : 0);
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Length in Unicode code points, the unit of every offset that leaves the program. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i += 1) {
    if (isHighSurrogate(text.charCodeAt(i))) length -= 1;
  }
  return length;
}
