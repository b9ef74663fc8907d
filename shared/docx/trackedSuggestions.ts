import { compareParagraphs } from '../diff/compare';
import type { Change, Comparison, Paragraph } from '../diff/types';
import type { DocxContent, DocxParagraph } from './readDocx';
import type { TrackedMark } from './trackedMarks';

/** One 修订 of an imported .docx offered to the clerk: a change of the comparison, with who made it. */
export interface Suggestion {
  change: Change;
  /** The reviewers whose marks make up the change, in reading order, joined with 、; '' when the file names nobody. */
  author: string;
  /** The latest w:date among them, as written; '' when absent. */
  date: string;
}

function paragraphsOf(content: DocxContent): Paragraph[] {
  return content.paragraphs.map((paragraph: DocxParagraph) => ({
    role: paragraph.style?.role ?? 'body',
    ...(paragraph.style?.level ? { level: paragraph.style.level } : {}),
    text: paragraph.runs.map((run) => run.text).join(''),
  }));
}

const RUN_FORMAT = '加粗';

const overlaps = (mark: TrackedMark, paragraph: number, start: number, end: number) =>
  mark.paragraph === paragraph && mark.start < Math.max(end, start + 1) && mark.end > start;

function marksOf(change: Change, rejected: readonly TrackedMark[], accepted: readonly TrackedMark[], bold: boolean): TrackedMark[] {
  const length = (text: string) => [...text].length;
  const { beforeAt, afterAt } = change;
  switch (change.kind) {
    case 'format':
      return afterAt ? accepted.filter((mark) => mark.kind === (bold ? 'run-format' : 'paragraph-format') && mark.paragraph === afterAt.paragraph) : [];
    case 'move':
      return afterAt ? accepted.filter((mark) => mark.kind === 'insert' && mark.paragraph === afterAt.paragraph) : [];
    default: {
      const inserted = change.after && afterAt ? accepted.filter((mark) => mark.kind === 'insert' && overlaps(mark, afterAt.paragraph, afterAt.offset, afterAt.offset + length(change.after))) : [];
      const deleted = change.before && beforeAt ? rejected.filter((mark) => mark.kind === 'delete' && overlaps(mark, beforeAt.paragraph, beforeAt.offset, beforeAt.offset + length(change.before))) : [];
      return [...deleted, ...inserted];
    }
  }
}

/**
 * The suggestions a tracked .docx makes: the differences between its two readings (every 修订 rejected:
 * what the reviewers started from; every one accepted: what they propose), at the word granularity of
 * Dafu's comparison, each with the authors of the marks it is made of. Marks that cancel out (text
 * inserted and deleted again) are in neither reading, so they are no suggestion.
 */
export function docxSuggestions(rejected: DocxContent, accepted: DocxContent): Suggestion[] {
  const comparison = compareParagraphs(paragraphsOf(rejected), paragraphsOf(accepted), { granularity: 'word' });
  const bold = boldChanges(comparison, rejected, accepted);
  return [...comparison.changes, ...bold].map((change) => {
    const marks = marksOf(change, rejected.marks, accepted.marks, bold.includes(change));
    const authors = [...new Set(marks.map((mark) => mark.author).filter(Boolean))];
    const date = marks.map((mark) => mark.date).reduce((latest, next) => (next > latest ? next : latest), '');
    return { change, author: authors.join('、'), date };
  });
}

const boldText = (paragraph: DocxParagraph, bold: boolean) =>
  paragraph.runs
    .filter((run) => run.field === undefined && run.bold === bold)
    .map((run) => run.text)
    .join('');

/**
 * Bold switched on or off in text that stayed (w:rPrChange): the comparison reads text only, so each
 * paragraph with such marks gives one format change of its own, 「加粗：…」 before and after.
 */
function boldChanges(comparison: Comparison, rejected: DocxContent, accepted: DocxContent): Change[] {
  const formatted = new Set(accepted.marks.filter((mark) => mark.kind === 'run-format').map((mark) => mark.paragraph));
  return comparison.rows.flatMap((row, index): Change[] => {
    if (!row.before || !row.after || !formatted.has(row.after.index)) return [];
    const [was, is] = [rejected.paragraphs[row.before.index], accepted.paragraphs[row.after.index]];
    const [before, after] = [boldText(was, true), boldText(is, true)];
    if (before === after) return [];
    return [
      {
        kind: 'format',
        row: index,
        before: `${RUN_FORMAT}：${before || '无'}`,
        after: `${RUN_FORMAT}：${after || '无'}`,
        beforeAt: { paragraph: row.before.index, offset: 0 },
        afterAt: { paragraph: row.after.index, offset: 0 },
      },
    ];
  });
}
