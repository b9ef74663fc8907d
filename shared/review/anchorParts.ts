import type { LetterUnit } from '../model/letterUnits';
import type { CommentAnchor } from './commentAnchor';

/*
 * A block's plain text, which comment anchors count in, is its parts joined by line breaks: a
 * paragraph is one part; a table's parts are its 表题, its unit line and every cell's paragraphs in
 * reading order (see tableUnits). The editor selects and paints within one part.
 */

const codePoints = (text: string) => Array.from(text).length;

/** The block offset of `offset` (code points) in part `part`. */
export function offsetInBlock(parts: readonly string[], part: number, offset: number): number {
  return parts.slice(0, part).reduce((sum, text) => sum + codePoints(text) + 1, 0) + offset;
}

/** The part a block range starts in and the range within it, cut at the part's end; undefined past the block's end. */
export function rangeInPart(parts: readonly string[], start: number, end: number): { part: number; start: number; end: number } | undefined {
  let from = 0;
  for (const [part, text] of parts.entries()) {
    const length = codePoints(text);
    if (start < from + length || (start === from + length && end === start)) return { part, start: start - from, end: Math.min(end, from + length) - from };
    from += length + 1;
  }
  return undefined;
}

/** The unit (index in `units`) an anchor starts in; undefined past its block's end. */
export function anchorUnit(units: readonly LetterUnit[], anchor: Pick<CommentAnchor, 'block' | 'start'>): number | undefined {
  let from = 0;
  for (const [index, unit] of units.entries()) {
    if (unit.block !== anchor.block) continue;
    const length = codePoints(unit.text);
    if (anchor.start < from + length + 1) return index;
    from += length + 1;
  }
  return undefined;
}
