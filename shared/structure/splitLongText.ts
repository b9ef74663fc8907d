import { LETTER_LIMITS } from '../model/document';

export interface TextPartLimits {
  /** Lines in one part (each line of a letter becomes at most one paragraph). */
  lines: number;
  /** UTF-16 units in one line. */
  lineChars: number;
}

/** A little under what one letter can hold, so the title and headings recognition adds still fit. */
export const LETTER_PART_LIMITS: TextPartLimits = { lines: LETTER_LIMITS.blocks - 100, lineChars: LETTER_LIMITS.textPerRun };

const SENTENCE_END = /[。！？；!?;]/g;

/** A line longer than `max`, broken after the last sentence end that fits, or hard at `max` when none does. */
function breakLongLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = 0;
    for (const match of rest.slice(0, max).matchAll(SENTENCE_END)) cut = match.index + 1;
    if (cut === 0) cut = max;
    // Never split a surrogate pair: a character outside the BMP stays whole.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/**
 * A text too long for one letter as several parts in order, each within the limits; the text of the
 * parts joined by newlines is the original, save the newlines added where an overlong line was broken.
 */
export function splitLongText(text: string, limits: TextPartLimits = LETTER_PART_LIMITS): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const piece of breakLongLine(line, limits.lineChars)) {
      if (current.length === limits.lines) {
        parts.push(current.join('\n'));
        current = [];
      }
      current.push(piece);
    }
  }
  parts.push(current.join('\n'));
  return parts.filter((part) => part.trim() !== '');
}
