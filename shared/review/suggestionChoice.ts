import { compareLetters } from '../diff/compare';
import type { Change, Comparison, DiffRow } from '../diff/types';
import type { Block, Inline } from '../model/document';
import type { FieldValues } from '../fields/fieldDefinition';
import { canonicalJson } from '../model/canonicalJson';
import { own } from '../lookup/own';
import type { MergeSide } from './mergeAssembly';
import { joinedRuns, SuggestionUnits, type SuggestionSide } from './suggestionUnits';
import { settleTableByRows } from './tableRows';

export type { SuggestionSide } from './suggestionUnits';

/** The rows touching one table (or a table and the one it became), settled together. */
interface TableGroup {
  keys: Set<string>;
  rows: number[];
}

/** A table's layout without its text: two tables of one layout are settled cell by cell. */
const layoutOf = (block: Block) =>
  canonicalJson({ ...block.table!, unit: '', rows: block.table!.rows.map((row) => row.cells.map((cell) => ({ ...cell, inlines: [] }))) });

const codePoints = (text: string) => [...text].length;

/**
 * The letter that results from taking some of the suggestions a line makes and leaving the others:
 * `accepted` holds indexes into the comparison of `original` with `suggested` (the order
 * `revisions.suggestions` lists them in; pass that comparison when it is at hand). It is built word by word from the comparison's segments, so
 * two changes in one paragraph, side by side or apart, are each taken or left on their own:
 * - text: a deletion kept leaves the original's words, an insertion taken adds the suggestion's words
 *   (with their bold and fields); a replacement is both at once;
 * - a paragraph inserted or deleted whole, a role or heading-level change, bold switched on or off
 *   for some words, a field's value: as chosen;
 * - a move puts the paragraph at its new place when taken, else leaves it where it stood; the edits
 *   made inside the moved paragraph are taken or left on their own either way;
 * - a table whose rows and columns stayed is settled cell by cell, like paragraphs; one that gained or
 *   lost rows under the same columns row by row (see tableRows.ts); any other is taken whole: as
 *   suggested when any change in it is taken, else as it was.
 */
export function applySuggestions(
  original: SuggestionSide,
  suggested: SuggestionSide,
  accepted: ReadonlySet<number>,
  comparison: Comparison = compareLetters(original, suggested),
): MergeSide {
  const { rows, changes } = comparison;
  const before = new SuggestionUnits(original);
  const after = new SuggestionUnits(suggested);
  const taken = (change: number | undefined) => change !== undefined && accepted.has(change);
  const changeOf = (kind: Change['kind'], row: number) => {
    const index = changes.findIndex((change) => change.kind === kind && change.row === row);
    return index < 0 ? undefined : index;
  };

  /** A pair of units' runs: the original's words, less the deletions taken, plus the insertions taken. */
  const runs = (row: DiffRow): Inline[] => {
    const [i, j] = [row.before!.index, row.after!.index];
    const inlines: Inline[] = [];
    let [a, b] = [0, 0];
    for (const segment of row.segments) {
      const length = codePoints(segment.text);
      if (segment.mark !== 'added') {
        const kept = before.slice(i, a, a + length);
        const restyled = segment.restyled && taken(segment.restyled.change) ? segment.restyled : undefined;
        if (restyled)
          inlines.push(...kept.map((run) => (run.t === 'text' ? { t: 'text' as const, text: run.text, ...(restyled.bold ? { bold: true } : {}) } : run)));
        else if (segment.mark === 'same' || !taken(segment.change)) inlines.push(...kept);
        a += length;
      }
      if (segment.mark !== 'removed') {
        if (segment.mark === 'added' && taken(segment.change)) inlines.push(...after.slice(j, b, b + length));
        b += length;
      }
    }
    return joinedRuns(inlines);
  };
  const paragraph = (row: DiffRow, rowIndex: number): Block => {
    const { role, level } = taken(changeOf('format', rowIndex)) ? after.block(row.after!.index) : before.block(row.before!.index);
    return { role, ...(level ? { level } : {}), inlines: runs(row) };
  };

  const tables = tableGroups(rows, before, after);
  const tableTaken = (group: TableGroup) => group.rows.some((row) => rows[row].segments.some((segment) => segment.mark !== 'same' && taken(segment.change)));
  const cellwise = (group: TableGroup): Block | undefined => {
    const pairs = group.rows.map((row) => rows[row]);
    const blocks = (side: 'before' | 'after') => new Set([...group.keys].filter((key) => key.startsWith(side)));
    if (blocks('before').size !== 1 || blocks('after').size !== 1 || pairs.some((row) => !row.before || !row.after)) return undefined;
    const [first] = pairs;
    const [was, is] = [before.block(first.before!.index), after.block(first.after!.index)];
    if (layoutOf(was) !== layoutOf(is)) return undefined;
    const samePlace = pairs.every((row) => {
      const [x, y] = [before.part(row.before!.index)!, after.part(row.after!.index)!];
      return x.part === y.part && x.cell?.row === y.cell?.row && x.cell?.column === y.cell?.column;
    });
    const counted = (units: SuggestionUnits, block: number) => units.units.filter((unit) => unit.block === block).length;
    if (
      !samePlace ||
      counted(before, before.units[first.before!.index].block) !== pairs.length ||
      counted(after, after.units[first.after!.index].block) !== pairs.length
    )
      return undefined;
    const block: Block = JSON.parse(JSON.stringify(was)) as Block;
    for (const row of pairs) {
      const part = before.part(row.before!.index)!;
      const inlines = runs(row);
      if (part.part === 'caption') block.inlines = inlines;
      else if (part.part === 'unit') block.table!.unit = inlines.map((run) => (run.t === 'text' ? run.text : '')).join('');
      else block.table!.rows[part.cell!.row].cells[part.cell!.index].inlines = inlines;
    }
    return block;
  };
  const rowwise = (group: TableGroup): Block | undefined => {
    const pairs = group.rows.map((row) => rows[row]);
    const keys = [...group.keys];
    const single = (side: string) => keys.filter((key) => key.startsWith(side)).length === 1;
    const [first, last] = [pairs.find((row) => row.before), pairs.find((row) => row.after)];
    if (!single('before') || !single('after') || !first || !last) return undefined;
    const [was, is] = [before.block(first.before!.index), after.block(last.after!.index)];
    return settleTableByRows(pairs, was, is, { before, after }, runs, taken);
  };
  const emitted = new Set<TableGroup>();
  const settledByCell = new Map<TableGroup, Block | undefined>();
  const table = (rowIndex: number): Block[] => {
    const group = tables.get(rowIndex)!;
    if (!settledByCell.has(group)) settledByCell.set(group, cellwise(group) ?? rowwise(group));
    const merged = settledByCell.get(group);
    if (merged) {
      if (emitted.has(group)) return [];
      emitted.add(group);
      return [merged];
    }
    // taken whole, at the first row showing the side it comes from; a paragraph paired with a cell goes with its side
    const row = rows[rowIndex];
    const fromAfter = tableTaken(group);
    const [side, unit] = fromAfter ? [after, row.after] : [before, row.before];
    if (!unit) return [];
    if (!side.isTable(unit.index)) return [side.block(unit.index)];
    if (emitted.has(group)) return [];
    emitted.add(group);
    return [side.block(unit.index)];
  };

  const blocks = rows.flatMap((row, rowIndex): Block[] => {
    if (tables.has(rowIndex)) return table(rowIndex);
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

/** The rows touching tables, grouped: rows that share a table on either side share one group. */
function tableGroups(rows: readonly DiffRow[], before: SuggestionUnits, after: SuggestionUnits): Map<number, TableGroup> {
  const byKey = new Map<string, TableGroup>();
  const byRow = new Map<number, TableGroup>();
  rows.forEach((row, rowIndex) => {
    const keys = [
      ...(row.before && before.isTable(row.before.index) ? [`before:${before.units[row.before.index].block}`] : []),
      ...(row.after && after.isTable(row.after.index) ? [`after:${after.units[row.after.index].block}`] : []),
    ];
    if (keys.length === 0) return;
    const found = [...new Set(keys.flatMap((key) => (byKey.has(key) ? [byKey.get(key)!] : [])))];
    const group = found[0] ?? { keys: new Set<string>(), rows: [] };
    for (const other of found.slice(1)) {
      other.keys.forEach((key) => group.keys.add(key));
      group.rows.push(...other.rows);
    }
    keys.forEach((key) => group.keys.add(key));
    group.rows.push(rowIndex);
    for (const key of group.keys) byKey.set(key, group);
    for (const member of group.rows) byRow.set(member, group);
  });
  return byRow;
}
