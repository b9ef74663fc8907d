/**
 * Folds the forms clerks write interchangeably into one, for the search index and the query alike:
 * full-width letters, digits and punctuation to half-width, Latin letters to lower case, the bracket
 * pairs of a 文号 (〔〕［］（）【】) to (), 〇 and ○ to 零, a number's leading zeros dropped (第011号 →
 * 第11号), and spaces next to a Chinese character dropped (第 11 号 → 第11号). Each folded UTF-16 unit
 * remembers the stretch of the original it came from, so a match in the folded text can be
 * highlighted in the original.
 */
export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`: where its source character starts and ends in the original (UTF-16 units). */
  starts: number[];
  ends: number[];
}

const OPENERS = new Set(['〔', '［', '[', '（', '(', '【', '〖']);
const CLOSERS = new Set(['〕', '］', ']', '）', ')', '】', '〗']);
const ZEROS = new Set(['〇', '○', '零']);
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const DIGIT = /^[0-9]$/;
/** Spaces within a line; a line break stays, so a match never runs across paragraphs. */
const SPACE = /^[^\S\r\n]$/u;

/** One character, folded on its own: width, case, brackets and zeros. */
function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (OPENERS.has(char)) return '(';
  if (CLOSERS.has(char)) return ')';
  if (ZEROS.has(char)) return '零';
  if (code === 0x3000) return ' ';
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
  return half.toLowerCase();
}

interface Piece {
  char: string;
  start: number;
  end: number;
}

function foldedPieces(original: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const char of original) {
    pieces.push({ char: foldChar(char), start: at, end: at + char.length });
    at += char.length;
  }
  return pieces;
}

/** Whether a space run between these two neighbours is dropped: either side is Chinese. */
function spaceDropped(before: Piece | undefined, after: Piece | undefined): boolean {
  return before === undefined || after === undefined || CJK.test(before.char) || CJK.test(after.char);
}

export function foldForSearch(original: string): FoldedText {
  const pieces = foldedPieces(original);
  const kept: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (SPACE.test(piece.char)) {
      let next = i;
      while (next < pieces.length && SPACE.test(pieces[next].char)) next += 1;
      if (spaceDropped(kept[kept.length - 1], pieces[next])) {
        i = next - 1;
        continue;
      }
      // A run of spaces between two Latin words or numbers reads as one.
      kept.push({ char: ' ', start: piece.start, end: pieces[next - 1].end });
      i = next - 1;
      continue;
    }
    const previous = kept[kept.length - 1]?.char ?? '';
    const startsNumber = !DIGIT.test(previous) && previous !== '.';
    if (piece.char === '0' && startsNumber && DIGIT.test(pieces[i + 1]?.char ?? '')) continue;
    kept.push(piece);
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const piece of kept) {
    text += piece.char;
    for (let unit = 0; unit < piece.char.length; unit++) {
      starts.push(piece.start);
      ends.push(piece.end);
    }
  }
  return { text, starts, ends };
}

/** The folded text alone, for the index and the query. */
export function searchForm(text: string): string {
  return foldForSearch(text).text;
}

/** Where the first match of `query` lies in `original`, in its UTF-16 units; null when there is none. */
export function findFolded(original: string, query: string): { start: number; end: number } | null {
  const needle = searchForm(query);
  if (needle === '') return null;
  const folded = foldForSearch(original);
  const at = folded.text.indexOf(needle);
  if (at < 0) return null;
  return { start: folded.starts[at], end: folded.ends[at + needle.length - 1] };
}

/** Every character that folds to `folded` (itself included): brackets, zeros, width and case. */
function preimages(folded: string): string[] {
  const forms = new Set([folded]);
  if (folded === '(') OPENERS.forEach((char) => forms.add(char));
  if (folded === ')') CLOSERS.forEach((char) => forms.add(char));
  if (folded === '零') ZEROS.forEach((char) => forms.add(char));
  for (const char of [folded, folded.toUpperCase()]) {
    const code = char.codePointAt(0)!;
    forms.add(char);
    if (code >= 0x21 && code <= 0x7e) forms.add(String.fromCharCode(code + 0xfee0));
  }
  return [...forms];
}

export const RAW_FORMS_LIMIT = 64;

/**
 * The ways a short folded query can be written in the original text, character by character, for a
 * scan that reads the text as stored (a plain find per form instead of folding every letter); null
 * when there would be more than RAW_FORMS_LIMIT. Forms that differ by spaces or leading zeros are
 * not among them.
 */
export function rawForms(folded: string): string[] | null {
  let forms = [''];
  for (const char of folded) {
    forms = forms.flatMap((form) => preimages(char).map((image) => form + image));
    if (forms.length > RAW_FORMS_LIMIT) return null;
  }
  return forms;
}
