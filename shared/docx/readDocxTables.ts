import type { Element } from '@xmldom/xmldom';
import { TABLE_LIMITS, tableGrid, type ColumnAlign } from '../model/table';
import { isOn, wAttr, wChild, wChildren } from './wordXml';

/** A cell as Word holds it: its paragraphs (read by the caller's paragraph reader) and how far it spans. */
export interface DocxTableCell<P> {
  paragraphs: P[];
  rowSpan: number;
  colSpan: number;
}

export interface DocxTable<P> {
  /** Rows marked to repeat at the top of each page (w:tblHeader), counted from the first. */
  headerRows: number;
  /** Each column's alignment, from its figures' paragraphs (w:jc). */
  aligns: ColumnAlign[];
  /** Each row's cells that start in it; a cell merged down (w:vMerge) is listed once, in its first row. */
  rows: DocxTableCell<P>[][];
  /** In a landscape section: printed turned (横排). */
  turned?: boolean;
}

const ALIGN: Record<string, ColumnAlign> = { right: 'right', end: 'right', center: 'center' };

function spanOf(cell: Element): { colSpan: number; continues: boolean } {
  const props = wChild(cell, 'tcPr');
  const span = props && wChild(props, 'gridSpan');
  const merge = props && wChild(props, 'vMerge');
  const value = Number(span ? wAttr(span, 'val') : 1);
  const mergeValue = merge ? wAttr(merge, 'val') : 'restart';
  return {
    colSpan: Number.isSafeInteger(value) && value >= 1 ? Math.min(value, TABLE_LIMITS.columns) : 1,
    continues: merge !== undefined && mergeValue !== 'restart',
  };
}

function alignOf(cell: Element): ColumnAlign | undefined {
  const paragraph = wChildren(cell, 'p')[0];
  const props = paragraph && wChild(paragraph, 'pPr');
  const jc = props && wChild(props, 'jc');
  return jc ? (ALIGN[wAttr(jc, 'val') ?? ''] ?? 'left') : undefined;
}

/** A column is right-aligned or centred when every body cell of its own that says so agrees. */
function columnAligns(found: (ColumnAlign | undefined)[][], width: number): ColumnAlign[] {
  return Array.from({ length: width }, (_, column) => {
    const said = found.flatMap((row) => (row[column] ? [row[column]] : []));
    return said.length > 0 && said.every((align) => align === said[0]) ? (said[0] as ColumnAlign) : 'left';
  });
}

/**
 * Reads a w:tbl: w:gridSpan for cells merged across columns, w:vMerge for cells merged down rows,
 * w:tblHeader for the header rows. Rows shorter than the widest are filled with empty cells. Null when
 * the merges do not fit together (the caller then keeps the table's text as lines).
 */
export function readDocxTable<P>(table: Element, readCell: (cell: Element) => P[]): DocxTable<P> | null {
  const rows: DocxTableCell<P>[][] = [];
  const aligns: (ColumnAlign | undefined)[][] = [];
  /** For each column, the cell that covers it in the row above (to extend when a vMerge continues). */
  let above: (DocxTableCell<P> | undefined)[] = [];
  const widths: number[] = [];
  let headerRows = 0;
  for (const [index, row] of wChildren(table, 'tr').entries()) {
    const props = wChild(row, 'trPr');
    if (headerRows === index && isOn(props && wChild(props, 'tblHeader'))) headerRows += 1;
    const cells: DocxTableCell<P>[] = [];
    const here: (DocxTableCell<P> | undefined)[] = [];
    const rowAligns: (ColumnAlign | undefined)[] = [];
    for (const element of wChildren(row, 'tc')) {
      const { colSpan, continues } = spanOf(element);
      const column = here.length;
      const covering = above[column];
      if (continues && covering && covering.colSpan === colSpan) {
        covering.rowSpan += 1;
        for (let c = 0; c < colSpan; c += 1) here.push(covering);
        continue;
      }
      const cell: DocxTableCell<P> = { paragraphs: readCell(element), rowSpan: 1, colSpan };
      cells.push(cell);
      for (let c = 0; c < colSpan; c += 1) here.push(cell);
      rowAligns[column] = colSpan === 1 ? alignOf(element) : undefined;
    }
    rows.push(cells);
    widths.push(here.length);
    if (index >= headerRows) aligns.push(rowAligns);
    above = here;
  }
  const width = Math.max(0, ...widths);
  if (rows.length === 0 || width === 0 || width > TABLE_LIMITS.columns || rows.length > TABLE_LIMITS.rows) return null;
  rows.forEach((cells, r) => {
    for (let missing = width - widths[r]; missing > 0; missing -= 1) cells.push({ paragraphs: [], rowSpan: 1, colSpan: 1 });
  });
  const shape = { columns: new Array<unknown>(width), rows: rows.map((cells) => ({ cells: cells.map(({ rowSpan, colSpan }) => ({ rowSpan, colSpan })) })) };
  if (!tableGrid(shape)) return null;
  return { headerRows, aligns: columnAligns(aligns, width), rows };
}
