import type { DiffRow } from '../diff/types';
import type { Block, Inline } from '../model/document';
import { canonicalJson } from '../model/canonicalJson';
import type { SuggestionUnits } from './suggestionUnits';

/** How the comparison's rows touching one table line up with the table's own rows. */
interface RowPlan {
  /** Cells paired between a row of each table: the comparison row of each, by before-row and cell index. */
  paired: Map<number, Map<number, DiffRow>>;
  /** Before-row → after-row, for rows whose cells are paired. */
  match: Map<number, number>;
  /** Cells only one table has, by row and cell index: their comparison row. */
  deleted: Map<number, Map<number, DiffRow>>;
  inserted: Map<number, Map<number, DiffRow>>;
  caption?: DiffRow;
  unit?: DiffRow;
}

const put = (map: Map<number, Map<number, DiffRow>>, row: number, cell: number, diff: DiffRow) => {
  if (!map.has(row)) map.set(row, new Map());
  map.get(row)!.set(cell, diff);
};

/** The comparison rows of one table and the table it became, read as rows of cells; undefined when they do not read so. */
function planRows(rows: readonly DiffRow[], before: SuggestionUnits, after: SuggestionUnits): RowPlan | undefined {
  const plan: RowPlan = { paired: new Map(), match: new Map(), deleted: new Map(), inserted: new Map() };
  const matchedFrom = new Map<number, number>();
  for (const row of rows) {
    if (row.kind === 'moved-away' || row.kind === 'moved-here') return undefined;
    const x = row.before ? before.part(row.before.index) : undefined;
    const y = row.after ? after.part(row.after.index) : undefined;
    if ((row.before && !x) || (row.after && !y)) return undefined;
    if (x && y) {
      if (x.part !== y.part) return undefined;
      if (x.part !== 'cell') {
        plan[x.part] = row;
        continue;
      }
      const [from, to] = [x.cell!.row, y.cell!.row];
      if (x.cell!.index !== y.cell!.index || (plan.match.get(from) ?? to) !== to || (matchedFrom.get(to) ?? from) !== from) return undefined;
      plan.match.set(from, to);
      matchedFrom.set(to, from);
      put(plan.paired, from, x.cell!.index, row);
    } else if (x?.cell) put(plan.deleted, x.cell.row, x.cell.index, row);
    else if (y?.cell) put(plan.inserted, y.cell.row, y.cell.index, row);
    else return undefined;
  }
  return plan;
}

/**
 * A table whose rows were added, removed or edited while its columns stayed, settled row by row: rows
 * whose cells pair up are settled cell by cell; a row removed goes when every cell's deletion is
 * taken, else stays with the taken cells emptied; a row added comes when any cell's insertion is
 * taken, with the cells not taken empty. Undefined when the tables do not read as rows of one
 * column layout (a merged cell spanning rows, a cell moved to another row or column, the 表题 rewritten):
 * such a table is settled whole.
 */
export function settleTableByRows(
  rows: readonly DiffRow[],
  was: Block,
  is: Block,
  units: { before: SuggestionUnits; after: SuggestionUnits },
  settle: (row: DiffRow) => Inline[],
  taken: (change: number | undefined) => boolean,
): Block | undefined {
  const [a, b] = [was.table!, is.table!];
  const spans = (table: typeof a) => table.rows.some((row) => row.cells.some((cell) => cell.rowSpan !== undefined));
  if (canonicalJson(a.columns) !== canonicalJson(b.columns) || spans(a) || spans(b)) return undefined;
  const plan = planRows(rows, units.before, units.after);
  if (!plan) return undefined;
  const shape = (row: (typeof a.rows)[number]) => canonicalJson(row.cells.map((cell) => cell.colSpan ?? 1));
  const settled: { cells: (typeof a.rows)[number]['cells']; header: boolean }[] = [];
  let next = 0;
  const added = (until: number): boolean => {
    for (; next < until; next += 1) {
      const cells = plan.inserted.get(next);
      if (!cells || cells.size !== b.rows[next].cells.length) return false;
      const chosen = b.rows[next].cells.map((cell, index) => (taken(cells.get(index)!.segments[0]?.change) ? cell : { ...cell, inlines: [] }));
      if (chosen.some((cell, index) => cell === b.rows[next].cells[index])) settled.push({ cells: chosen, header: next < b.headerRows });
    }
    return true;
  };
  for (const [index, row] of a.rows.entries()) {
    const to = plan.match.get(index);
    if (to === undefined) {
      const cells = plan.deleted.get(index);
      if (!cells || cells.size !== row.cells.length) return undefined;
      const gone = row.cells.map((_, cell) => taken(cells.get(cell)!.segments[0]?.change));
      if (!gone.every(Boolean))
        settled.push({ cells: row.cells.map((cell, at) => (gone[at] ? { ...cell, inlines: [] } : cell)), header: index < a.headerRows });
      continue;
    }
    const cells = plan.paired.get(index)!;
    if (to < next || !added(to) || shape(row) !== shape(b.rows[to]) || cells.size !== row.cells.length) return undefined;
    next = to + 1;
    settled.push({ cells: row.cells.map((cell, at) => ({ ...cell, inlines: settle(cells.get(at)!) })), header: index < a.headerRows });
  }
  if (!added(b.rows.length) || settled.length === 0) return undefined;
  const headerRows = settled.filter((row) => row.header).length;
  if (settled.slice(0, headerRows).some((row) => !row.header)) return undefined;
  const text = (inlines: Inline[]) => inlines.map((run) => (run.t === 'text' ? run.text : '')).join('');
  const table = { ...a, headerRows, rows: settled.map((row) => ({ cells: row.cells })) };
  const unit = plan.unit ? text(settle(plan.unit)) : a.unit;
  if (unit) table.unit = unit;
  else delete table.unit;
  return { ...was, inlines: plan.caption ? settle(plan.caption) : was.inlines, table };
}
