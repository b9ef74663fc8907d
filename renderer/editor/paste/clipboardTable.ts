import type { Block, Inline, Table } from '../../../shared/model/document';
import { TABLE_LIMITS, tableGrid, type ColumnAlign } from '../../../shared/model/table';
import { tagOf, type ClipboardNode } from './clipboardNode';

const children = (node: ClipboardNode) => Array.from(node.childNodes).filter((child) => child.nodeType === 1);

function span(cell: ClipboardNode, name: 'rowspan' | 'colspan', most: number): number {
  const value = Number(cell.getAttribute?.(name) ?? 1);
  return Number.isSafeInteger(value) && value > 1 ? Math.min(value, most) : 1;
}

/** A cell's alignment as Word and WPS write it: text-align on the cell or on its first paragraph. */
function alignOf(cell: ClipboardNode): ColumnAlign | undefined {
  for (let node: ClipboardNode | undefined = cell; node; node = children(node)[0]) {
    const said = /(?:^|;)\s*text-align\s*:\s*(right|center|end)/i.exec(node.getAttribute?.('style') ?? '')?.[1]?.toLowerCase();
    if (said) return said === 'center' ? 'center' : 'right';
  }
  return undefined;
}

/** The table's rows in order, through thead, tbody and tfoot; each with whether it is a header row. */
function rowsOf(table: ClipboardNode): { row: ClipboardNode; head: boolean }[] {
  return children(table).flatMap((child) => {
    const tag = tagOf(child);
    if (tag === 'tr') return [{ row: child, head: false }];
    if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot')
      return children(child).flatMap((row) => (tagOf(row) === 'tr' ? [{ row, head: tag === 'thead' }] : []));
    return [];
  });
}

/**
 * A table pasted from Word, WPS or a web page as a table block: rowspan and colspan kept, rows in
 * <thead> or made of <th> as header rows, a column right-aligned or centred when its figures are,
 * rows filled out with empty cells to the widest. Null when it is past the limits of a letter's table:
 * the caller then keeps the rows as lines.
 */
export function tableBlockFromHtml(table: ClipboardNode, inlinesOf: (cell: ClipboardNode) => Inline[]): Block | null {
  const rows = rowsOf(table);
  if (rows.length === 0 || rows.length > TABLE_LIMITS.rows) return null;
  const taken: boolean[][] = rows.map(() => []);
  const placed: { row: number; column: number; cell: Table['rows'][number]['cells'][number]; align?: ColumnAlign; th: boolean }[] = [];
  let width = 0;
  rows.forEach(({ row }, r) => {
    let column = 0;
    for (const element of children(row).filter((child) => ['td', 'th'].includes(tagOf(child)))) {
      while (taken[r][column]) column += 1;
      const rowSpan = span(element, 'rowspan', rows.length - r);
      const colSpan = span(element, 'colspan', TABLE_LIMITS.columns);
      for (let down = 0; down < rowSpan; down += 1) for (let across = 0; across < colSpan; across += 1) taken[r + down][column + across] = true;
      const cell = { inlines: inlinesOf(element), ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) };
      placed.push({ row: r, column, cell, align: colSpan === 1 ? alignOf(element) : undefined, th: tagOf(element) === 'th' });
      column += colSpan;
      width = Math.max(width, column);
    }
  });
  if (width === 0 || width > TABLE_LIMITS.columns) return null;
  let headerRows = 0;
  const isHead = (r: number) => {
    const cells = placed.filter((entry) => entry.row === r);
    return rows[r].head || (cells.length > 0 && cells.every((entry) => entry.th));
  };
  while (headerRows < rows.length && isHead(headerRows)) headerRows += 1;
  if (headerRows === rows.length) headerRows = 0;
  const filled: Table['rows'] = rows.map((_, r) => {
    const cells = placed.filter((entry) => entry.row === r).map((entry) => entry.cell);
    for (let column = 0; column < width; column += 1) if (!taken[r][column]) cells.push({ inlines: [] });
    return { cells };
  });
  const columns = Array.from({ length: width }, (_, column): { align: ColumnAlign } => {
    const said = placed.filter((entry) => entry.row >= headerRows && entry.column === column && entry.cell.colSpan === undefined).map((entry) => entry.align);
    // Header cells pasted without <th> state nothing: at least half the column's cells must say it, none otherwise.
    const stated = said.filter((each) => each !== undefined);
    const align = stated[0];
    return { align: align && stated.every((each) => each === align) && stated.length * 2 >= said.length ? align : 'left' };
  });
  const kept: Table = { headerRows, columns, rows: filled };
  return tableGrid(kept) ? { role: 'table', inlines: [], table: kept } : null;
}
