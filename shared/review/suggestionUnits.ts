import type { Block, Inline } from '../model/document';
import { blockTableUnits } from '../model/document';
import { letterUnits, type LetterUnit } from '../model/letterUnits';
import type { TableUnit } from '../model/table';
import { makeFieldRenderer } from '../fields/formatField';
import type { FieldDefinition } from '../fields/fieldDefinition';
import type { MergeSide } from './mergeAssembly';

/** Where a line of suggestions starts (the 修订稿's original) or ends (every suggestion in it taken). */
export interface SuggestionSide extends MergeSide {
  definitions: readonly FieldDefinition[];
}

/** One letter's units as the comparison numbers them, each traced back to the runs it shows. */
export class SuggestionUnits {
  readonly units: LetterUnit[];
  private readonly render: (name: string) => string;
  /** For a table's unit, which part of its table it is. */
  private readonly parts: (TableUnit | undefined)[];

  constructor(private readonly side: SuggestionSide) {
    this.render = makeFieldRenderer(side.definitions, side.fields);
    this.units = letterUnits(side.content, this.render);
    const tables = new Map<number, TableUnit[]>();
    const seen = new Map<number, number>();
    this.parts = this.units.map((unit) => {
      const block = side.content.blocks[unit.block];
      if (!block.table) return undefined;
      if (!tables.has(unit.block)) tables.set(unit.block, blockTableUnits(block, this.render));
      const at = seen.get(unit.block) ?? 0;
      seen.set(unit.block, at + 1);
      return tables.get(unit.block)![at];
    });
  }

  block(unit: number): Block {
    return this.side.content.blocks[this.units[unit].block];
  }

  isTable(unit: number): boolean {
    return this.block(unit).table !== undefined;
  }

  part(unit: number): TableUnit | undefined {
    return this.parts[unit];
  }

  private inlines(unit: number): readonly Inline[] {
    const block = this.block(unit);
    const part = this.parts[unit];
    if (!part || part.part === 'caption') return block.inlines;
    if (part.part === 'unit') return [{ t: 'text', text: block.table!.unit ?? '' }];
    return block.table!.rows[part.cell!.row].cells[part.cell!.index].inlines;
  }

  /**
   * Code points [start, end) of a unit as runs: text keeps its bold, a field stays a field when the
   * range holds all of it (one showing no text goes with the range it stands at), else its text is plain.
   */
  slice(unit: number, start: number, end: number): Inline[] {
    const pieces: Inline[] = [];
    let at = 0;
    for (const run of this.inlines(unit)) {
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
export function joinedRuns(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of inlines) {
    const last = out.at(-1);
    if (run.t === 'text' && run.text === '') continue;
    if (run.t === 'text' && last?.t === 'text' && Boolean(last.bold) === Boolean(run.bold)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}
