import { blockText, type Block, type Inline } from '../model/document';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import { recogniseLetter, type RecognisedLetter } from '../structure/recogniseLetter';
import { headingLevel } from '../structure/lineKinds';
import { STANDARD_FIELDS } from '../structure/standardFields';
import type { FieldMeta } from './dafuMarks';
import type { DocxComment, DocxContent, DocxParagraph, DocxRun } from './readDocx';
import { valueFromFieldText } from './fieldText';
import { placeWordComments, type ImportedComment } from './wordComments';
import { imagesWarning } from './docxImages';
import { tableBlockFromDocx } from './tableFromDocx';
import { own } from '../lookup/own';

const MAX_LISTED_COMMENTS = 20;

function paragraphText(paragraph: DocxParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

function textInlines(runs: readonly DocxRun[]): Inline[] {
  return runs.flatMap((run): Inline[] => {
    if (run.text === '') return [];
    return run.field === undefined && run.bold ? [{ t: 'text', text: run.text, bold: true }] : [{ t: 'text', text: run.text }];
  });
}

/** A Dafu export read back: roles from paragraph styles, fields from their bookmarks, values from their text. */
function dafuLetter(content: DocxContent, meta: FieldMeta): SourcedLetter {
  const definitions = new Map<string, FieldDefinition>(meta.definitions.map((field) => [field.name, field]));
  const values: FieldValues = { ...meta.values };
  const changed = new Set<string>();
  const shownBefore = makeFieldRenderer(meta.definitions, meta.values);
  const blocks: Block[] = [];
  const sources: number[] = [];
  const inlinesOf = (paragraph: DocxParagraph) => {
    const inlines: Inline[] = [];
    for (const run of paragraph.runs) {
      const field = run.field === undefined ? undefined : (definitions.get(run.field) ?? STANDARD_FIELDS[run.field as keyof typeof STANDARD_FIELDS]);
      if (run.field === undefined || !field) {
        inlines.push(...textInlines([run]));
        continue;
      }
      const value = valueFromFieldText(field, run.text, { value: own(meta.values, field.name), shown: shownBefore(field.name) });
      if (value === undefined) {
        inlines.push(...textInlines([{ text: run.text, bold: false }]));
        continue;
      }
      definitions.set(field.name, field);
      if (value !== (own(meta.values, field.name) ?? '') && !changed.has(field.name)) {
        values[field.name] = value;
        changed.add(field.name);
      }
      inlines.push({ t: 'field', name: field.name });
    }
    return inlines;
  };
  // A table's 表题 and unit line are written just above it; they join the table they stand over.
  let above: { caption?: Inline[]; unit?: string; at: number } | undefined;
  const flushAbove = () => {
    for (const inlines of [above?.caption, above?.unit ? textInlines([{ text: above.unit, bold: false }]) : undefined]) {
      if (!inlines) continue;
      blocks.push({ role: 'body', inlines });
      sources.push(above!.at);
    }
    above = undefined;
  };
  for (const [index, paragraph] of content.paragraphs.entries()) {
    const text = paragraphText(paragraph);
    if (paragraph.table) {
      blocks.push(tableBlockFromDocx(paragraph.table, inlinesOf, above));
      sources.push(above?.at ?? index);
      above = undefined;
      continue;
    }
    if (paragraph.style?.role === 'table' || paragraph.tableUnit) {
      if (paragraph.style?.role === 'table') {
        flushAbove();
        above = { caption: inlinesOf(paragraph), at: index };
      } else above = { ...(above ?? { at: index }), unit: text };
      continue;
    }
    flushAbove();
    if (!paragraph.style && text.trim() === '') continue;
    sources.push(index);
    const inlines = inlinesOf(paragraph);
    const style = paragraph.style;
    const level = style ? style.level : (headingLevel(text) ?? undefined);
    if (style?.role === 'heading' || (!style && level)) blocks.push({ role: 'heading', level: level ?? 1, inlines });
    else blocks.push({ role: style?.role ?? 'body', inlines });
  }
  flushAbove();
  const fieldDefinitions = [...definitions.values()];
  return {
    letter: { document: { version: 1, blocks }, fields: values, fieldDefinitions, warnings: [] },
    sources,
  };
}

/** A letter and, for each of its blocks, the index of the paragraph it came from (-1: none found). */
interface SourcedLetter {
  letter: RecognisedLetter;
  sources: number[];
}

/**
 * Any other .docx: its text goes through the same recognition as a .txt letter; then what Word
 * says explicitly wins (title and heading styles), and bold survives where a paragraph kept no field.
 */
function recognisedLetter(content: DocxContent): SourcedLetter {
  const kept = [...content.paragraphs.keys()].filter((index) => !content.paragraphs[index].table && paragraphText(content.paragraphs[index]).trim() !== '');
  const paragraphs = kept.map((index) => content.paragraphs[index]);
  const letter = recogniseLetter(paragraphs.map(paragraphText).join('\n'));
  let next = 0;
  const sources: number[] = [];
  const blocks = letter.document.blocks.map((block): Block => {
    const onlyText = block.inlines.every((run) => run.t === 'text');
    const text = block.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('');
    const index = paragraphs.findIndex((paragraph, at) => at >= next && paragraphText(paragraph).trim() === text);
    sources.push(index < 0 ? -1 : kept[index]);
    if (index < 0) return block;
    next = index + 1;
    const source = paragraphs[index];
    const inlines = onlyText && source.runs.some((run) => run.field === undefined && run.bold) ? textInlines(source.runs) : block.inlines;
    const style = source.style;
    if (style?.role === 'heading' && block.role === 'body') return { role: 'heading', level: style.level ?? 1, inlines };
    if (style?.role === 'title' && block.role !== 'title') return { role: 'title', inlines };
    return { ...block, inlines };
  });
  return { letter: { ...letter, document: { version: 1, blocks: withTables(content, blocks, sources) } }, sources };
}

/** Puts a file's tables back among the recognised paragraphs, before the first paragraph that followed each; `sources` follows. */
function withTables(content: DocxContent, blocks: Block[], sources: number[]): Block[] {
  const tables = [...content.paragraphs.entries()].filter(([, paragraph]) => paragraph.table);
  if (tables.length === 0) return blocks;
  const placed = blocks.map((block, index) => ({ block, source: sources[index] }));
  for (const [index, paragraph] of tables) {
    const at = placed.findIndex((entry) => entry.source > index);
    const entry = { block: tableBlockFromDocx(paragraph.table!, (cell) => textInlines(cell.runs)), source: index };
    placed.splice(at < 0 ? placed.length : at, 0, entry);
  }
  sources.splice(0, sources.length, ...placed.map((entry) => entry.source));
  return placed.map((entry) => entry.block);
}

function clip(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}

function describeComment(comment: DocxComment, index: number): string {
  const who = comment.author ? `（${comment.author}）` : '';
  const anchor = comment.anchor ? `针对「${clip(comment.anchor, 30)}」：` : '：';
  return `批注 ${index + 1}${who}${anchor}${clip(comment.text, 200) || '（空批注）'}`;
}

/** What the clerk is told about tracked changes and comments, which never disappear silently. */
function reviewWarnings(content: DocxContent, kept: number, unplaced: string[]): string[] {
  const warnings: string[] = [];
  const changes = content.insertions + content.deletions;
  if (changes > 0) {
    warnings.push(
      `文件里有 ${changes} 处修订（插入 ${content.insertions} 处、删除 ${content.deletions} 处），已全部按“接受修订”导入；与上一版本比较即可看到改了哪些字。`,
    );
  }
  if (kept > 0) warnings.push(`文件里的 ${kept} 条 Word 批注（含回复）已转为本软件的批注，作者和时间照原样保留，请在「批注」里查看。`);
  if (unplaced.length > 0) {
    warnings.push(`另有 ${content.comments.length - kept} 条批注在正文里找不到对应的文字，内容列在下面，也记在这个版本的说明里：`, ...unplaced);
    if (content.comments.length - kept > unplaced.length) warnings.push(`其余未列出的批注请在 Word 或 WPS 里查看原文件。`);
  }
  return warnings;
}

export interface ImportedDocx extends RecognisedLetter {
  /** Word comments placed on the imported text, to be stored as Dafu comments. */
  comments: ImportedComment[];
  /** Comments that found no place in the text as readable lines, and the number of tracked changes, for a revision's note. */
  review: { comments: string[]; changes: number };
}

/** The letter a .docx holds, with the same shape a .txt import gives. */
export function letterFromDocx(content: DocxContent): ImportedDocx {
  const { letter, sources } = content.fieldMeta ? dafuLetter(content, content.fieldMeta) : recognisedLetter(content);
  const render = makeFieldRenderer(letter.fieldDefinitions, letter.fields);
  const placed = placeWordComments(
    content,
    letter.document.blocks.map((block) => blockText(block, render)),
    sources,
  );
  const unplaced = content.comments
    .map((comment, index) => ({ comment, index }))
    .filter(({ index }) => !placed.placed.has(index))
    .slice(0, MAX_LISTED_COMMENTS)
    .map(({ comment, index }) => describeComment(comment, index));
  return {
    ...letter,
    warnings: [...reviewWarnings(content, placed.comments.length, unplaced), ...imagesWarning(content.images ?? []), ...letter.warnings],
    comments: placed.comments,
    review: { comments: unplaced, changes: content.insertions + content.deletions },
  };
}
