import { CommentAnchorSchema, relocateAnchor, type CommentAnchor } from '../review/commentAnchor';
import type { DocxComment, DocxContent } from './readDocx';

/** A Word comment on the imported letter, in the review comment model's terms. */
export interface ImportedComment {
  author: string;
  /** ISO instant from w:date, or null when the file gave none (the import time stands in). */
  time: string | null;
  body: string;
  /** Where a thread's first comment sits; null for a reply. */
  anchor: CommentAnchor | null;
  /** Index in the list of the thread's first comment, for a reply. */
  thread?: number;
  resolved: boolean;
}

const MAX_QUOTE = 2000;
const codePoints = (text: string) => [...text];

function paragraphText(content: DocxContent, index: number): string {
  return content.paragraphs[index]?.runs.map((run) => run.text).join('') ?? '';
}

/** A comment on a point (no text selected in Word) is placed on the word at that point. */
function wordAt(text: string, offset: number): { start: number; quote: string } | undefined {
  const chars = codePoints(text);
  if (chars.length === 0) return undefined;
  const at = Math.min(offset, chars.length - 1);
  const before = chars.slice(0, at).join('').length;
  for (const segment of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) {
    if (before >= segment.index && before < segment.index + segment.segment.length && segment.segment.trim() !== '') {
      return { start: codePoints(text.slice(0, segment.index)).length, quote: segment.segment };
    }
  }
  return { start: at, quote: chars[at] };
}

/** The comment's range in its first paragraph, found again in the imported blocks' text. */
function anchorOf(comment: DocxComment, content: DocxContent, blockTexts: readonly string[], sources: readonly number[]): CommentAnchor | null {
  if (!comment.start || !comment.end) return null;
  const text = paragraphText(content, comment.start.paragraph);
  const chars = codePoints(text);
  const end = comment.end.paragraph === comment.start.paragraph ? comment.end.offset : chars.length;
  let range: { start: number; quote: string } | undefined = { start: comment.start.offset, quote: chars.slice(comment.start.offset, end).join('') };
  if (range.quote.trim() === '') range = wordAt(text, comment.start.offset);
  if (!range) return null;
  const quote = codePoints(range.quote).slice(0, MAX_QUOTE).join('');
  const exact = sources.indexOf(comment.start.paragraph);
  const block =
    exact >= 0
      ? exact
      : Math.max(
          0,
          sources.findIndex((source) => source > comment.start!.paragraph),
        );
  const guess = { block, start: range.start, end: range.start + codePoints(quote).length, quote };
  return CommentAnchorSchema.safeParse(guess).success ? relocateAnchor(guess, blockTexts) : null;
}

function threadRoot(comments: readonly DocxComment[], index: number): number {
  const seen = new Set<number>();
  let at = index;
  while (comments[at].parent !== undefined && !seen.has(at)) {
    seen.add(at);
    at = comments[at].parent!;
  }
  return at;
}

function instant(date: string): string | null {
  const time = Date.parse(date);
  return date && Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/**
 * Word comments as anchored comments on the imported letter: each thread's first comment placed on
 * the text its range covered (paragraph + code-point offsets + quote), replies threaded under it.
 * `placed` names the comments (by index in the file) that found their place; the rest are reported.
 */
export function placeWordComments(
  content: DocxContent,
  blockTexts: readonly string[],
  sources: readonly number[],
): { comments: ImportedComment[]; placed: Set<number> } {
  const roots = new Map<number, number>();
  const comments: ImportedComment[] = [];
  const placed = new Set<number>();
  const order = [...content.comments.keys()].sort(
    (a, b) => Number(content.comments[a].parent !== undefined) - Number(content.comments[b].parent !== undefined) || a - b,
  );
  for (const index of order) {
    const comment = content.comments[index];
    const body = comment.text.trim();
    if (body === '') continue;
    const root = threadRoot(content.comments, index);
    // Word and WPS mark 已解决 on the first comment or on the replies: any of them resolves the thread
    const resolved = content.comments.some((other, at) => other.done && threadRoot(content.comments, at) === root);
    const entry = { author: comment.author || 'Word 用户', time: instant(comment.date), body, resolved };
    if (root === index) {
      const anchor = anchorOf(comment, content, blockTexts, sources);
      if (!anchor) continue;
      roots.set(index, comments.length);
      comments.push({ ...entry, anchor });
    } else {
      const thread = roots.get(root);
      if (thread === undefined) continue;
      comments.push({ ...entry, anchor: null, thread });
    }
    placed.add(index);
  }
  return { comments, placed };
}
