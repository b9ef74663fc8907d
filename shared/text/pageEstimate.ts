import type { Block } from '../model/document';

/** The GB/T 9704 body grid: 22 lines of 28 characters (三号) on a full page. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 二号 title characters are 22/16 as wide as 三号 body characters. */
const TITLE_CHARS_PER_LINE = Math.floor((CHARS_PER_LINE * 16) / 22);
/** 4号 抄送 characters are 14/16 as wide. */
const CC_CHARS_PER_LINE = Math.floor((CHARS_PER_LINE * 16) / 14);

/** Width in body characters: a half-width character takes half a cell. */
export function gridWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 && ch.length === 1 && !/[“”‘’—…·]/.test(ch) ? 0.5 : 1;
  return width;
}

function linesFor(width: number, perLine: number): number {
  return Math.max(1, Math.ceil(width / perLine));
}

/** Grid lines a paragraph takes, including the blank lines the layout puts around it. */
export function blockLines(role: Block['role'], text: string): number {
  const width = gridWidth(text);
  switch (role) {
    case 'title':
      return linesFor(width, TITLE_CHARS_PER_LINE) + 1;
    case 'addressee':
    case 'date':
    case 'note':
      return linesFor(width, CHARS_PER_LINE);
    case 'signature':
      return linesFor(width, CHARS_PER_LINE) + 1;
    case 'cc':
      return linesFor(width, CC_CHARS_PER_LINE) + 1;
    default:
      return linesFor(width + 2, CHARS_PER_LINE);
  }
}

/** A live estimate of printed pages on the 22 × 28 grid, while drafting. */
export function estimatePages(blocks: readonly { role: Block['role']; text: string }[]): number {
  const lines = blocks.reduce((sum, block) => sum + blockLines(block.role, block.text), 0);
  return Math.max(1, Math.ceil(lines / LINES_PER_PAGE));
}
