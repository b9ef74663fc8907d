import { compareLetters } from '../diff/compare';
import type { Change, DiffRow } from '../diff/types';
import type { Block, Inline } from '../model/document';
import { letterUnits, type LetterUnit } from '../model/letterUnits';
import { makeFieldRenderer } from '../fields/formatField';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { own } from '../lookup/own';
import type { MergeSide } from './mergeAssembly';

/** Where a line of suggestions starts (the 修订稿's original) or ends (every suggestion in it taken). */
export interface SuggestionSide extends MergeSide {
  definitions: readonly FieldDefinition[];
}

/** One letter's units, with each code point traced back to the inline it shows. */
class Units {
  readonly units: LetterUnit[];
  private readonly render: (name: string) => string;

  constructor(private readonly side: SuggestionSide) {
    this.render = makeFieldRenderer(side.definitions, side.fields);
    this.units = letterUnits(side.content, this.render);
  }

  block(unit: number): Block {
    return this.side.content.blocks[this.units[unit].block];
  }

  isTable(unit: number): boolean {
    return this.block(unit).table !== undefined;
  }

  /**
   * Code points [start, end) of a paragraph as runs: text keeps its bold, a field stays a field when the
   * range holds all of it (one showing no text goes with the range it stands at), else its text is plain.
   */
  slice(unit: number, start: number, end: number): Inline[] {
    const pieces: Inline[] = [];
    let at = 0;
    for (const run of this.block(unit).inlines) {
      const chars = [...(run.t === 'text' ? run.text : this.render(run.name))];
      const [from, to] = [Math.max(start, at), Math.min(end, at + chars.length)];
      const whole = from === at && to === at + chars.length;
      if (run.t === 'field' && whole && (chars.length > 0 || (at >= start && at < end))) pieces.push(run);
      else if (from < to) pieces.push({ t: 'text', text: chars.slice(from - at, to - at).join(''), ...(run.t === 'text' && run.bold ? { bold: true } : {}) });
      at += chars.length;
    }
    return pieces;
  }
}

/** Neighbouring text runs of the same weight as one run; empty text runs dropped. */
function joined(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of inlines) {
    const last = out.at(-1);
    if (run.t === 'text' && run.text === '') continue;
    if (run.t === 'text' && last?.t === 'text' && Boolean(last.bold) === Boolean(run.bold)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

const codePoints = (text: string) => [...text].length;

/**
 * The letter that results from taking some of the suggestions a line makes and leaving the others:
 * `accepted` holds indexes into the comparison of `original` with `suggested` (the order
 * `revisions.suggestions` lists them in). It is built word by word from the comparison's segments, so
 * two changes in one paragraph, side by side or apart, are each taken or left on their own:
 * - text: a deletion kept leaves the original's words, an insertion taken adds the suggestion's words
 *   (with their bold and fields); a replacement is both at once;
 * - a paragraph inserted or deleted whole, a role or heading-level change, a field's value: as chosen;
 * - a move puts the paragraph at its new place when taken, else leaves it where it stood; the edits
 *   made inside the moved paragraph are taken or left on their own either way;
 * - a table is taken whole: from the suggestion when any change in it is taken, else as it was.
 */
export function applySuggestions(original: SuggestionSide, suggested: SuggestionSide, accepted: ReadonlySet<number>): MergeSide {
  const comparison = compareLetters(original, suggested);
  const before = new Units(original);
  const after = new Units(suggested);
  const { rows, changes } = comparison;
  const taken = (change: number | undefined) => change !== undefined && accepted.has(change);
  const changeOf = (kind: Change['kind'], row: number) => {
    const index = changes.findIndex((change) => change.kind === kind && change.row === row);
    return index < 0 ? undefined : index;
  };

  const paragraph = (row: DiffRow, rowIndex: number): Block => {
    const [i, j] = [row.before!.index, row.after!.index];
    const inlines: Inline[] = [];
    let [a, b] = [0, 0];
    for (const segment of row.segments) {
      const length = codePoints(segment.text);
      if (segment.mark !== 'added') {
        if (segment.mark === 'same' || !taken(segment.change)) inlines.push(...before.slice(i, a, a + length));
        a += length;
      }
      if (segment.mark !== 'removed') {
        if (segment.mark === 'added' && taken(segment.change)) inlines.push(...after.slice(j, b, b + length));
        b += length;
      }
    }
    const { role, level } = taken(changeOf('format', rowIndex)) ? after.block(j) : before.block(i);
    return { role, ...(level ? { level } : {}), inlines: joined(inlines) };
  };

  // Tables: every row touching the same pair of tables shares one decision.
  const tableKey = (side: 'before' | 'after', unit: number) => `${side}:${(side === 'before' ? before : after).units[unit].block}`;
  const tableTaken = new Map<string, { taken: boolean }>();
  rows.forEach((row) => {
    const keys = [
      ...(row.before && before.isTable(row.before.index) ? [tableKey('before', row.before.index)] : []),
      ...(row.after && after.isTable(row.after.index) ? [tableKey('after', row.after.index)] : []),
    ];
    if (keys.length === 0) return;
    const group = keys.map((key) => tableTaken.get(key)).find(Boolean) ?? { taken: false };
    group.taken ||= row.segments.some((segment) => segment.mark !== 'same' && taken(segment.change));
    for (const key of keys) tableTaken.set(key, group);
  });
  const emitted = new Set<string>();
  const table = (side: 'before' | 'after', unit: number): Block[] => {
    const key = tableKey(side, unit);
    if (emitted.has(key) || tableTaken.get(key)!.taken !== (side === 'after')) return [];
    emitted.add(key);
    return [(side === 'before' ? before : after).block(unit)];
  };

  const blocks = rows.flatMap((row, rowIndex): Block[] => {
    if (row.before && before.isTable(row.before.index)) return [...table('before', row.before.index), ...(row.after ? table('after', row.after.index) : [])];
    if (row.after && after.isTable(row.after.index)) return table('after', row.after.index);
    switch (row.kind) {
      case 'same':
        return [before.block(row.before!.index)];
      case 'changed':
        return [paragraph(row, rowIndex)];
      case 'inserted':
        return taken(row.segments[0]?.change) ? [after.block(row.after!.index)] : [];
      case 'deleted':
        return taken(row.segments[0]?.change) ? [] : [before.block(row.before!.index)];
      case 'moved-here':
        return taken(changeOf('move', rowIndex)) ? [paragraph(row, rowIndex)] : [];
      case 'moved-away': {
        const here = row.moveRow!;
        return taken(changeOf('move', here)) ? [] : [paragraph(rows[here], here)];
      }
    }
  });

  const fields: FieldValues = { ...original.fields };
  changes.forEach((change, index) => {
    if (change.kind !== 'field' || !accepted.has(index)) return;
    const value = own(suggested.fields, change.field!);
    if (value === undefined) delete fields[change.field!];
    else fields[change.field!] = value;
  });
  return { content: { ...original.content, blocks }, fields };
}
