import { countChars } from '../model/charCount';
import type { LetterDocument } from '../model/document';
import { letterUnits } from '../model/letterUnits';
import { placeNames } from '../model/placeName';
import { makeFieldRenderer } from '../fields/formatField';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { alignParagraphs, type Step } from './alignParagraphs';
import { boldMask, boldRanges } from './boldRanges';
import { pairCells } from './pairCells';
import { diffTokens, WORD_DIFF_BUDGET, type TokenRun } from './diffTokens';
import { fieldChanges } from './fieldChanges';
import { formatLabel } from './formatLabel';
import { codePointLength, tokenize } from './tokenize';
import { WorkBudget } from './workBudget';
import type { Change, Comparison, DiffRow, FieldChange, Granularity, Paragraph, Segment } from './types';

export interface CompareOptions {
  granularity?: Granularity;
}

/** A version of a letter: its blocks, its field values, and (when known) the draft's field definitions. */
export interface LetterVersion {
  content: LetterDocument;
  fields?: FieldValues;
  definitions?: readonly FieldDefinition[];
}

const WORK_CAP_NOTE = '两个版本差别太大，为免卡顿，部分段落没有逐词比较，只按整段标出了修改。';
const UNRELATED_NOTE = '两个版本的段落大多对不上，已按整段列出差异，没有逐词比较。';

export function compareLetters(before: LetterVersion, after: LetterVersion, options: CompareOptions = {}): Comparison {
  const definitions = after.definitions ?? before.definitions ?? [];
  return compareParagraphs(
    letterParagraphs(before, definitions),
    letterParagraphs(after, definitions),
    options,
    fieldChanges(before.fields ?? {}, after.fields ?? {}, definitions),
  );
}

/** Plain texts: one paragraph per non-blank line, surrounding white space ignored. */
export function compareTexts(before: string, after: string, options: CompareOptions = {}): Comparison {
  return compareParagraphs(textParagraphs(before), textParagraphs(after), options, []);
}

function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ role: 'body', text: line }));
}

function letterParagraphs(version: LetterVersion, sharedDefinitions: readonly FieldDefinition[]): Paragraph[] {
  const values = version.fields ?? {};
  const definitions = version.definitions ?? sharedDefinitions;
  const known = new Set(definitions.map((definition) => definition.name));
  const unknown = Object.keys(values)
    .filter((name) => !known.has(name))
    .map((name): FieldDefinition => ({ name, label: name, type: 'text' }));
  const render = makeFieldRenderer([...definitions, ...unknown], values);
  const units = letterUnits(version.content, render);
  const places = placeNames(units, version.content.blocks);
  return units.map((unit, index) => {
    const bold = unit.place === undefined ? boldRanges(version.content.blocks[unit.block].inlines, render) : [];
    return {
      role: unit.role,
      ...(unit.level ? { level: unit.level } : {}),
      text: unit.text,
      place: places[index],
      ...(unit.column ? { column: unit.column } : {}),
      ...(bold.length > 0 ? { bold } : {}),
    };
  });
}

/** The comparison itself, for callers that already hold paragraphs (the editor's working copy). */
export function compareParagraphs(
  before: readonly Paragraph[],
  after: readonly Paragraph[],
  options: CompareOptions = {},
  fields: FieldChange[] = [],
): Comparison {
  const alignment = alignParagraphs(
    before.map((p) => p.text),
    after.map((p) => p.text),
  );
  const builder = new ComparisonBuilder(before, after, options.granularity ?? 'word');
  for (const field of fields) {
    builder.addChange({ kind: 'field', row: null, before: field.before, after: field.after, beforeAt: null, afterAt: null, field: field.name });
  }
  for (const step of pairCells(alignment.steps, before, after)) builder.addStep(step);
  builder.linkMoves();

  // Fewer than one paragraph in five found its counterpart: word marks would be noise, so say so.
  const paired = alignment.steps.filter((s) => s.kind === 'pair' || (s.kind === 'insert' && s.movedFrom !== undefined)).length;
  const unrelated = before.length > 0 && after.length > 0 && paired * 5 < Math.max(before.length, after.length);
  const fallback =
    alignment.capped || builder.coarse
      ? { reason: 'work-cap' as const, note: WORK_CAP_NOTE }
      : unrelated
        ? { reason: 'unrelated' as const, note: UNRELATED_NOTE }
        : null;
  return {
    granularity: options.granularity ?? 'word',
    rows: builder.rows,
    changes: builder.changes,
    fieldChanges: fields,
    summary: {
      paragraphsChanged: builder.rows.filter((row) => row.kind !== 'same' && row.kind !== 'moved-away').length,
      charsAdded: builder.charsAdded,
      charsRemoved: builder.charsRemoved,
    },
    fallback,
  };
}

class ComparisonBuilder {
  readonly rows: DiffRow[] = [];
  readonly changes: Change[] = [];
  charsAdded = 0;
  charsRemoved = 0;
  /** Some pair was shown whole because the word-level work cap was reached. */
  coarse = false;
  private readonly budget = new WorkBudget(WORD_DIFF_BUDGET);
  // Both keyed by the moved paragraph's index in the earlier version.
  private readonly movedAwayRows = new Map<number, number>();
  private readonly movedHereRows = new Map<number, number>();
  private readonly leftOfMove = new Map<number, Segment[]>();
  private readonly boldMasks = new Map<string, Uint8Array>();

  constructor(
    private readonly before: readonly Paragraph[],
    private readonly after: readonly Paragraph[],
    private readonly granularity: Granularity,
  ) {}

  addChange(change: Change): number {
    if (change.kind === 'insert' || change.kind === 'delete' || change.kind === 'replace') {
      this.charsAdded += countChars(change.after);
      this.charsRemoved += countChars(change.before);
    }
    this.changes.push(change);
    return this.changes.length - 1;
  }

  addStep(step: Step): void {
    const row = this.rows.length;
    if (step.kind === 'pair') this.addPair(step.before, step.after, row);
    else if (step.kind === 'delete' && step.movedTo !== undefined) {
      this.movedAwayRows.set(step.before, row);
      this.rows.push({ kind: 'moved-away', before: this.info('before', step.before), after: null, segments: this.leftOfMove.get(step.before) ?? [] });
    } else if (step.kind === 'insert' && step.movedFrom !== undefined) this.addMovedHere(step.movedFrom, step.after, row);
    else if (step.kind === 'delete') {
      const text = this.before[step.before].text;
      const change = this.addChange({ kind: 'delete', row, before: text, after: '', beforeAt: { paragraph: step.before, offset: 0 }, afterAt: null });
      this.rows.push({ kind: 'deleted', before: this.info('before', step.before), after: null, segments: [{ text, mark: 'removed', change }] });
    } else {
      const text = this.after[step.after].text;
      const change = this.addChange({ kind: 'insert', row, before: '', after: text, beforeAt: null, afterAt: { paragraph: step.after, offset: 0 } });
      this.rows.push({ kind: 'inserted', before: null, after: this.info('after', step.after), segments: [{ text, mark: 'added', change }] });
    }
  }

  /** Gives both ends of every move the other's row number, once all rows exist. */
  linkMoves(): void {
    for (const [beforeIndex, awayRow] of this.movedAwayRows) {
      const hereRow = this.movedHereRows.get(beforeIndex) as number;
      this.rows[awayRow].moveRow = hereRow;
      this.rows[hereRow].moveRow = awayRow;
    }
  }

  private addPair(i: number, j: number, row: number): void {
    const format = this.formatChange(i, j, row);
    const same = !format && this.before[i].text === this.after[j].text && !this.restyled(i, j);
    const diffRow: DiffRow = { kind: same ? 'same' : 'changed', before: this.info('before', i), after: this.info('after', j), segments: [] };
    if (format) diffRow.format = format;
    this.rows.push(diffRow);
    this.fillSegments(diffRow, i, j, row);
  }

  private addMovedHere(i: number, j: number, row: number): void {
    this.movedHereRows.set(i, row);
    const move = this.addChange({
      kind: 'move',
      row,
      before: this.before[i].text,
      after: this.after[j].text,
      beforeAt: { paragraph: i, offset: 0 },
      afterAt: { paragraph: j, offset: 0 },
    });
    const diffRow: DiffRow = { kind: 'moved-here', before: this.info('before', i), after: this.info('after', j), segments: [] };
    const format = this.formatChange(i, j, row);
    if (format) diffRow.format = format;
    this.rows.push(diffRow);
    this.fillSegments(diffRow, i, j, row, move);
    const left = diffRow.segments.filter((segment) => segment.mark !== 'added');
    const awayRow = this.movedAwayRows.get(i);
    if (awayRow === undefined) this.leftOfMove.set(i, left);
    else this.rows[awayRow].segments = left;
  }

  private formatChange(i: number, j: number, row: number): DiffRow['format'] {
    const [before, after] = [formatLabel(this.before[i]), formatLabel(this.after[j])];
    if (before === after) return undefined;
    this.addChange({ kind: 'format', row, before, after, beforeAt: { paragraph: i, offset: 0 }, afterAt: { paragraph: j, offset: 0 } });
    return { before, after };
  }

  private boldOf(side: 'before' | 'after', index: number): Uint8Array {
    const key = `${side}${index}`;
    let mask = this.boldMasks.get(key);
    if (!mask) {
      const paragraph = (side === 'before' ? this.before : this.after)[index];
      mask = boldMask(paragraph.bold, codePointLength(paragraph.text));
      this.boldMasks.set(key, mask);
    }
    return mask;
  }

  /** Whether text the same on both sides changes its bold anywhere (texts equal: the ranges differ). */
  private restyled(i: number, j: number): boolean {
    return JSON.stringify(this.before[i].bold ?? []) !== JSON.stringify(this.after[j].bold ?? []);
  }

  /**
   * A run of text the same on both sides, split where its bold was switched: each stretch switched one
   * way is a 'bold' change of its own, so it is offered, taken and left like any other.
   */
  private pushSame(segments: Segment[], text: string, at: { i: number; j: number; before: number; after: number; row: number; move?: number }): void {
    const moved = at.move === undefined ? {} : { change: at.move };
    const [wasBold, isBold] = [this.before[at.i].bold, this.after[at.j].bold];
    if (!wasBold && !isBold) {
      segments.push({ text, mark: 'same', ...moved });
      return;
    }
    const chars = [...text];
    const [was, is] = [this.boldOf('before', at.i), this.boldOf('after', at.j)];
    const state = (k: number) => (was[at.before + k] === is[at.after + k] ? 0 : 1 + is[at.after + k]);
    for (let start = 0; start < chars.length;) {
      let end = start + 1;
      while (end < chars.length && state(end) === state(start)) end += 1;
      const piece = chars.slice(start, end).join('');
      if (state(start) === 0) segments.push({ text: piece, mark: 'same', ...moved });
      else {
        const bold = state(start) === 2;
        const change = this.addChange({
          kind: 'bold',
          row: at.row,
          before: piece,
          after: piece,
          beforeAt: { paragraph: at.i, offset: at.before + start },
          afterAt: { paragraph: at.j, offset: at.after + start },
          bold,
        });
        segments.push({ text: piece, mark: 'same', ...moved, restyled: { change, bold } });
      }
      start = end;
    }
  }

  /** Word (or character) diff of a pair, one change per run of removed/added text between equal runs. */
  private fillSegments(diffRow: DiffRow, i: number, j: number, row: number, move?: number): void {
    const [before, after] = [this.before[i].text, this.after[j].text];
    const runs: TokenRun[] | null =
      before === after
        ? [{ text: before, mark: 'same' }]
        : this.budget.exhausted
          ? null
          : diffTokens(tokenize(before, this.granularity), tokenize(after, this.granularity), this.budget);
    if (!runs) {
      this.coarse = true;
      diffRow.coarse = true;
    }
    const segments = diffRow.segments;
    let [offsetBefore, offsetAfter, hunkBefore, hunkAfter] = [0, 0, 0, 0];
    let [removed, added] = ['', ''];
    const flush = () => {
      if (!removed && !added) return;
      const change = this.addChange({
        kind: removed && added ? 'replace' : removed ? 'delete' : 'insert',
        row,
        before: removed,
        after: added,
        beforeAt: { paragraph: i, offset: hunkBefore },
        afterAt: { paragraph: j, offset: hunkAfter },
      });
      if (removed) segments.push({ text: removed, mark: 'removed', change });
      if (added) segments.push({ text: added, mark: 'added', change });
      [removed, added] = ['', ''];
    };
    for (const run of runs ?? [
      { text: before, mark: 'removed' },
      { text: after, mark: 'added' },
    ]) {
      if (run.text === '') continue;
      const length = codePointLength(run.text);
      if (run.mark === 'same') {
        flush();
        this.pushSame(segments, run.text, { i, j, before: offsetBefore, after: offsetAfter, row, ...(move === undefined ? {} : { move }) });
        offsetBefore += length;
        offsetAfter += length;
        continue;
      }
      if (!removed && !added) [hunkBefore, hunkAfter] = [offsetBefore, offsetAfter];
      if (run.mark === 'removed') {
        removed += run.text;
        offsetBefore += length;
      } else {
        added += run.text;
        offsetAfter += length;
      }
    }
    flush();
  }

  private info(side: 'before' | 'after', index: number) {
    return { ...(side === 'before' ? this.before : this.after)[index], index };
  }
}
