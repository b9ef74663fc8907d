import { z } from 'zod';

/**
 * A table in the letter (a 附表 of funds, projects and their progress). The block that holds it keeps
 * its 表题 in its own inlines; the table carries the unit line (「单位：万元」), the header rows, each
 * column's alignment and the rows. A row lists only the cells that start in it, as HTML does: a cell
 * spanning rows leaves the rows below without a cell at its columns.
 */
export const TABLE_LIMITS = {
  rows: 2_000,
  /** Word's own maximum. */
  columns: 63,
} as const;

export const COLUMN_ALIGNS = ['left', 'center', 'right'] as const;
export type ColumnAlign = (typeof COLUMN_ALIGNS)[number];

/** The cell's runs are the letter's inlines (text, bold, field chips), checked by the block schema that holds the table. */
export function tableSchema<I extends z.ZodTypeAny>(inline: I, inlinesPerCell: number) {
  const cell = z
    .object({
      inlines: z.array(inline).max(inlinesPerCell),
      rowSpan: z.number().int().min(2).max(TABLE_LIMITS.rows).optional(),
      colSpan: z.number().int().min(2).max(TABLE_LIMITS.columns).optional(),
    })
    .strict();
  return z
    .object({
      unit: z.string().max(200).optional(),
      /** 横排此表: printed on a page of its own turned sideways even when it would fit the 版心 (see tablePrintsTurned). */
      turned: z.literal(true).optional(),
      headerRows: z.number().int().min(0).max(TABLE_LIMITS.rows),
      columns: z
        .array(z.object({ align: z.enum(COLUMN_ALIGNS) }).strict())
        .min(1)
        .max(TABLE_LIMITS.columns),
      rows: z
        .array(z.object({ cells: z.array(cell).max(TABLE_LIMITS.columns) }).strict())
        .min(1)
        .max(TABLE_LIMITS.rows),
    })
    .strict()
    .refine((table) => table.headerRows <= table.rows.length && tableGrid(table) !== null, {
      message: '表格的行列对不上：合并单元格超出了表格，或某一行的单元格数与列数不符',
    });
}

/** The shape tableGrid reads, independent of what a cell's runs are. */
export interface TableShape {
  columns: readonly unknown[];
  rows: readonly { cells: readonly { rowSpan?: number; colSpan?: number }[] }[];
}

/** Where a cell sits: its first row and column and how far it spans. */
export interface CellPlace {
  row: number;
  column: number;
  /** The cell's index in its row's `cells`. */
  index: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * The grid of a table: for each row and column, the cell covering it. Null when the cells do not fill
 * the grid exactly (a span past the edge, a row too short or too long, two cells on one spot).
 */
export function tableGrid(table: TableShape): CellPlace[][] | null {
  const width = table.columns.length;
  const grid: (CellPlace | undefined)[][] = table.rows.map(() => new Array<CellPlace | undefined>(width).fill(undefined));
  for (let row = 0; row < table.rows.length; row += 1) {
    let column = 0;
    for (const [index, cell] of table.rows[row].cells.entries()) {
      while (column < width && grid[row][column]) column += 1;
      const place: CellPlace = { row, column, index, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 };
      if (column + place.colSpan > width || row + place.rowSpan > table.rows.length) return null;
      for (let r = row; r < row + place.rowSpan; r += 1) {
        for (let c = column; c < column + place.colSpan; c += 1) {
          if (grid[r][c]) return null;
          grid[r][c] = place;
        }
      }
      column += place.colSpan;
    }
    if (grid[row].some((place) => place === undefined)) return null;
  }
  return grid as CellPlace[][];
}

/** The cells in reading order (row by row, left to right), each once, with where it sits. */
export function cellsInOrder(table: TableShape): CellPlace[] {
  const grid = tableGrid(table);
  if (!grid) return [];
  return grid.flatMap((row, r) => row.filter((place, c) => place.row === r && place.column === c));
}

/** 「第 2 行第 3 列」, counted as a clerk counts them (from 1). */
export function cellName(place: Pick<CellPlace, 'row' | 'column'>): string {
  return `第 ${place.row + 1} 行第 ${place.column + 1} 列`;
}

/** One unit of a table's plain-text form: the 表题, the unit line or a cell. */
export interface TableUnit {
  text: string;
  /** Absent for the 表题 and the unit line. */
  cell?: CellPlace;
  part: 'caption' | 'unit' | 'cell';
}

/**
 * The one plain-text form of a table, which proofreading, search, 字数, comment anchors and offsets all
 * read: the 表题, the unit line (each only when filled), then every cell in reading order, each its own
 * unit. Joined by line breaks, so that no rule reads across a cell and the separators are not counted.
 */
export function tableUnits<C extends TableShape['rows'][number]['cells'][number]>(
  caption: string,
  table: TableShape & { unit?: string; rows: readonly { cells: readonly C[] }[] },
  cellText: (cell: C) => string,
): TableUnit[] {
  const units: TableUnit[] = [];
  if (caption !== '') units.push({ text: caption, part: 'caption' });
  if (table.unit) units.push({ text: table.unit, part: 'unit' });
  for (const place of cellsInOrder(table)) units.push({ text: cellText(table.rows[place.row].cells[place.index]), cell: place, part: 'cell' });
  return units;
}
