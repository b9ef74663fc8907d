import { blockText, type Block, type HeadingLevel, type LetterDocument } from '../model/document';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import { compareParagraphs } from '../diff/compare';
import type { Comparison, DiffRow, Paragraph } from '../diff/types';

/** Who made a tracked change and when (w:author, w:date). */
export interface ChangeStamp {
  author: string;
  /** ISO 8601 instant in UTC. */
  date: string;
}

/** A letter at one revision, with what renders its fields. */
export interface TrackedVersion {
  content: LetterDocument;
  fields: FieldValues;
  definitions: readonly FieldDefinition[];
}

/** Finds the stamp of the revision that introduced each change (see trackedAuthors.ts); B's stamp when it cannot be told. */
export interface Attribution {
  /** Text of B at paragraph (block index) and code-point offset that A lacks. */
  inserted(paragraph: number, offset: number): ChangeStamp;
  /** Text of A at paragraph (block index) and code-point offset that B lacks. */
  deleted(paragraph: number, offset: number): ChangeStamp;
  /** The paragraph at block index `paragraph` of B, moved there from elsewhere in A. */
  moved(paragraph: number): ChangeStamp;
  /** The role or heading level of B's paragraph, changed from A's. */
  reformatted(paragraph: number): ChangeStamp;
  /** Bold switched on or off for the code point of B's paragraph at `offset`. */
  restyled(paragraph: number, offset: number): ChangeStamp;
  /** Anything else (a field that became plain text): B's. */
  fallback: ChangeStamp;
}

export interface TrackedRun {
  text: string;
  bold: boolean;
  change: 'none' | 'insert' | 'delete';
  stamp?: ChangeStamp;
  /**
   * w:rPrChange: unchanged text whose formatting changed. Dafu's runs have two properties that a
   * reader can see change: bold, and whether the text is a field's value (a field that became plain
   * text or text that became a field). Either one gives the run its former boldness, stamped.
   */
  formerly?: { bold: boolean; stamp: ChangeStamp };
  /** The field whose value this run shows in B, and which occurrence of it (1-based) in the letter. */
  field?: { name: string; occurrence: number };
}

export interface TrackedParagraph {
  /** The role and level written as the paragraph style: B's, or A's for a paragraph that is gone. */
  block: Block;
  runs: TrackedRun[];
  /**
   * The paragraph mark: a paragraph that exists only in B has an inserted mark, one only in A a deleted
   * mark (accepting merges nothing: its text is deleted too). Moves mark their paragraphs as moved.
   */
  mark: 'none' | 'inserted' | 'deleted';
  markStamp?: ChangeStamp;
  /**
   * Moves: the paragraph at its old place is `from` (all its text inside w:moveFrom), at its new place
   * `to`. In a moved paragraph that was edited too, text kept is inside w:moveTo, text added is a
   * w:ins beside it, and text removed at the new place is a w:del nested inside the w:moveTo (moved
   * there, then deleted), so rejecting everything leaves A and accepting everything leaves B.
   */
  move?: { side: 'from' | 'to'; name: string; stamp: ChangeStamp };
  /** w:pPrChange: the role or heading level the paragraph had in A. */
  formerly?: { role: Block['role']; level?: HeadingLevel; stamp: ChangeStamp };
  /** A table block unchanged between A and B: written as the plain export writes it. */
  untouched?: true;
}

interface CharInfo {
  bold: boolean;
  /** Index of the inline this code point belongs to; -1 for none. */
  inline: number;
  field?: { name: string; occurrence: number };
}

function paragraphsOf(version: TrackedVersion): Paragraph[] {
  const render = makeFieldRenderer(version.definitions, version.fields);
  return version.content.blocks.map((block) => ({ role: block.role, ...(block.level ? { level: block.level } : {}), text: blockText(block, render) }));
}

/** Per code point of each block's text: bold, which inline, which field occurrence. */
function charInfos(version: TrackedVersion): CharInfo[][] {
  const render = makeFieldRenderer(version.definitions, version.fields);
  const occurrences = new Map<string, number>();
  return version.content.blocks.map((block) => {
    if (block.table) return [...blockText(block, render)].map(() => ({ bold: false, inline: -1 }));
    return block.inlines.flatMap((run, inline) => {
      if (run.t === 'text') return [...run.text].map(() => ({ bold: run.bold === true, inline }));
      const occurrence = (occurrences.get(run.name) ?? 0) + 1;
      occurrences.set(run.name, occurrence);
      return [...render(run.name)].map(() => ({ bold: false, inline, field: { name: run.name, occurrence } }));
    });
  });
}

const sameStamp = (a?: ChangeStamp, b?: ChangeStamp) => a?.author === b?.author && a?.date === b?.date;

function sameRunShape(a: TrackedRun, b: TrackedRun): boolean {
  return (
    a.change === b.change &&
    a.bold === b.bold &&
    sameStamp(a.stamp, b.stamp) &&
    a.formerly?.bold === b.formerly?.bold &&
    sameStamp(a.formerly?.stamp, b.formerly?.stamp) &&
    a.field?.name === b.field?.name &&
    a.field?.occurrence === b.field?.occurrence
  );
}

/** Adds one code point's run, joining it to the last run when nothing about it differs. */
function pushChar(runs: TrackedRun[], char: string, run: Omit<TrackedRun, 'text'>, boundary: boolean): void {
  const last = runs.at(-1);
  const next = { text: char, ...run };
  if (last && !boundary && sameRunShape(last, next)) last.text += char;
  else runs.push(next);
}

class ParagraphBuilder {
  constructor(
    private readonly before: CharInfo[][],
    private readonly after: CharInfo[][],
    private readonly attribution: Attribution,
  ) {}

  /** Runs of a pair of paragraphs from the comparison's segments, walking both texts at once. */
  pairRuns(row: DiffRow): TrackedRun[] {
    const i = row.before?.index as number;
    const j = row.after?.index as number;
    const runs: TrackedRun[] = [];
    let [a, b] = [0, 0];
    let previous: { inlineA: number; inlineB: number } | undefined;
    for (const segment of row.segments) {
      for (const char of segment.text) {
        if (segment.mark === 'removed') {
          const info = this.before[i][a];
          pushChar(runs, char, { bold: info.bold, change: 'delete', stamp: this.attribution.deleted(i, a) }, previous?.inlineA !== info.inline);
          previous = { inlineA: info.inline, inlineB: -2 };
          a += 1;
        } else if (segment.mark === 'added') {
          const info = this.after[j][b];
          pushChar(
            runs,
            char,
            { bold: info.bold, change: 'insert', stamp: this.attribution.inserted(j, b), ...(info.field ? { field: info.field } : {}) },
            previous?.inlineB !== info.inline,
          );
          previous = { inlineA: -2, inlineB: info.inline };
          b += 1;
        } else {
          const [was, is] = [this.before[i][a], this.after[j][b]];
          const restyled = was.bold !== is.bold;
          const reformatted = restyled || (was.field === undefined) !== (is.field === undefined);
          const stamp = () => (restyled ? this.attribution.restyled(j, b) : this.attribution.fallback);
          const run: Omit<TrackedRun, 'text'> = {
            bold: is.bold,
            change: 'none',
            ...(reformatted ? { formerly: { bold: was.bold, stamp: stamp() } } : {}),
            ...(is.field ? { field: is.field } : {}),
          };
          pushChar(runs, char, run, previous?.inlineA !== was.inline || previous?.inlineB !== is.inline);
          previous = { inlineA: was.inline, inlineB: is.inline };
          a += 1;
          b += 1;
        }
      }
    }
    return runs;
  }

  wholeRuns(side: 'before' | 'after', index: number, text: string, change: TrackedRun['change']): TrackedRun[] {
    const infos = (side === 'before' ? this.before : this.after)[index];
    const runs: TrackedRun[] = [];
    let offset = 0;
    let inline = -2;
    for (const char of text) {
      const info = infos[offset];
      const stamp = change === 'insert' ? this.attribution.inserted(index, offset) : change === 'delete' ? this.attribution.deleted(index, offset) : undefined;
      const field = side === 'after' && info.field ? { field: info.field } : {};
      pushChar(runs, char, { bold: info.bold, change, ...(stamp ? { stamp } : {}), ...field }, info.inline !== inline);
      inline = info.inline;
      offset += 1;
    }
    return runs;
  }
}

function formerly(row: DiffRow, attribution: Attribution): TrackedParagraph['formerly'] {
  if (!row.format || !row.before || !row.after) return undefined;
  return { role: row.before.role, ...(row.before.level ? { level: row.before.level } : {}), stamp: attribution.reformatted(row.after.index) };
}

/**
 * Revision B as tracked changes against revision A, paragraph by paragraph in B's reading order with
 * A's removed paragraphs where they stood: the comparison Dafu shows (word granularity, paragraphs
 * aligned by likeness, so a paragraph deleted and typed again is a word-level change, not a deletion and
 * an insertion), each change stamped with the revision that made it.
 */
export function trackedParagraphs(a: TrackedVersion, b: TrackedVersion, attribution: Attribution): { paragraphs: TrackedParagraph[]; comparison: Comparison } {
  const comparison = compareParagraphs(paragraphsOf(a), paragraphsOf(b), { granularity: 'word' });
  const builder = new ParagraphBuilder(charInfos(a), charInfos(b), attribution);
  const blockA = (index: number) => a.content.blocks[index];
  const blockB = (index: number) => b.content.blocks[index];
  const moveName = (row: number, other: number) => `DafuMove${Math.min(row, other)}`;
  const movedBy = (hereRow: number) => attribution.moved(comparison.rows[hereRow].after?.index as number);
  const paragraphs = comparison.rows.map((row, rowIndex): TrackedParagraph => {
    switch (row.kind) {
      case 'same':
      case 'changed': {
        const block = blockB(row.after?.index as number);
        const change = formerly(row, attribution);
        if (block.table && row.kind === 'same') return { block, runs: [], mark: 'none', untouched: true };
        return { block, runs: builder.pairRuns(row), mark: 'none', ...(change ? { formerly: change } : {}) };
      }
      case 'inserted': {
        const index = row.after?.index as number;
        const stamp = attribution.inserted(index, 0);
        return { block: blockB(index), runs: builder.wholeRuns('after', index, row.after?.text ?? '', 'insert'), mark: 'inserted', markStamp: stamp };
      }
      case 'deleted': {
        const index = row.before?.index as number;
        const stamp = attribution.deleted(index, 0);
        return { block: blockA(index), runs: builder.wholeRuns('before', index, row.before?.text ?? '', 'delete'), mark: 'deleted', markStamp: stamp };
      }
      case 'moved-away': {
        const index = row.before?.index as number;
        const stamp = movedBy(row.moveRow ?? rowIndex);
        return {
          block: blockA(index),
          runs: builder.wholeRuns('before', index, row.before?.text ?? '', 'none'),
          mark: 'deleted',
          markStamp: stamp,
          move: { side: 'from', name: moveName(rowIndex, row.moveRow ?? rowIndex), stamp },
        };
      }
      case 'moved-here': {
        const change = formerly(row, attribution);
        const stamp = movedBy(rowIndex);
        return {
          block: blockB(row.after?.index as number),
          runs: builder.pairRuns(row),
          mark: 'inserted',
          markStamp: stamp,
          move: { side: 'to', name: moveName(rowIndex, row.moveRow ?? rowIndex), stamp },
          ...(change ? { formerly: change } : {}),
        };
      }
    }
  });
  return { paragraphs, comparison };
}
