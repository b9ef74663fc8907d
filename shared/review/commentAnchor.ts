import { z } from 'zod';

/**
 * Where a comment sits: a paragraph (block index) and a range in it counted in Unicode code points,
 * with the text it quoted, so that it can be found again after the letter is edited around it.
 */
export const CommentAnchorSchema = z
  .object({
    block: z.number().int().min(0),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1, '请先选中要批注的文字').max(2000, '选中的文字太长，请选一句话或一段话批注'),
  })
  .strict()
  .refine((anchor) => anchor.end > anchor.start, { message: '批注的范围不对' });
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

const codePointLength = (text: string) => Array.from(text).length;

/** Code-point offsets of every place `quote` occurs in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(codePointLength(text.slice(0, at)));
  return found;
}

function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/**
 * The anchor moved to where its quoted text is now in `blocks` (each paragraph's text): where it
 * was if unchanged, else the nearest occurrence in the same paragraph, else in the nearest paragraph.
 * Null when the quoted text is gone: the comment is orphaned.
 */
export function relocateAnchor(anchor: CommentAnchor, blocks: readonly string[]): CommentAnchor | null {
  const here = blocks[anchor.block];
  if (here !== undefined && sliceCodePoints(here, anchor.start, anchor.end) === anchor.quote) return anchor;
  const length = codePointLength(anchor.quote);
  const order = blocks.map((_, index) => index).sort((a, b) => Math.abs(a - anchor.block) - Math.abs(b - anchor.block) || a - b);
  for (const block of order) {
    const starts = occurrences(blocks[block], anchor.quote);
    if (starts.length === 0) continue;
    const start = starts.reduce((best, next) => (Math.abs(next - anchor.start) < Math.abs(best - anchor.start) ? next : best));
    return { block, start, end: start + length, quote: anchor.quote };
  }
  return null;
}
