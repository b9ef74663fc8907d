import { cellsInOrder, type TableShape } from '../model/table';
import { PT_PER_MM, SIZE_PT, TYPE_AREA } from './metrics';

/** A cell's padding in mm, above/below and left/right (tableStylesheet and the fit below read it). */
export const CELL_PADDING_MM = { block: 0.6, inline: 1.2 } as const;
/** A cell's border: ¾ pt, one CSS pixel, the thinnest rule Chromium prints (a ½ pt border comes out as this anyway). */
export const CELL_BORDER_PT = 0.75;

/**
 * Narrower than four 四号 characters, a column breaks ordinary words (项目名称, 责任单位, 完成时限) into
 * lines of one or two characters; shorter text (序号, a figure) needs only its own width.
 */
export const MIN_COLUMN_CHARS = 4;

const CHAR_MM = SIZE_PT.si / PT_PER_MM;
/** Latin letters, digits and ASCII punctuation take about half a character and do not break inside a run. */
const HALF_WIDTH = /[\u0021-\u007e\u00a0-\u00ff]/;

/** How much room a cell's text needs, in 四号 characters: all on one line, and its widest unbreakable piece. */
export function textWidthChars(text: string): { whole: number; unbreakable: number } {
  let whole = 0;
  let unbreakable = 0;
  let run = 0;
  for (const line of text.split('\n')) {
    let lineWidth = 0;
    run = 0;
    for (const char of line) {
      if (/\s/.test(char)) {
        run = 0;
        lineWidth += 0.5;
      } else if (HALF_WIDTH.test(char)) {
        run += 0.5;
        lineWidth += 0.5;
        unbreakable = Math.max(unbreakable, run);
      } else {
        run = 0;
        lineWidth += 1;
        unbreakable = Math.max(unbreakable, 1);
      }
    }
    whole = Math.max(whole, lineWidth);
  }
  return { whole, unbreakable };
}

/** How many lines text takes in a column `chars` 四号 characters wide, each of its own lines wrapped apart. */
export function wrappedLines(text: string, chars: number): number {
  const across = Math.max(1, Math.floor(chars));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidthChars(line).whole / across)), 0);
}

/**
 * How narrow each column may get without breaking words, in 四号 characters: as wide as its cells need,
 * at least MIN_COLUMN_CHARS unless its text is shorter. A cell merged across columns is left out: it
 * takes its room from the columns under it.
 */
export function columnMinChars<C extends TableShape['rows'][number]['cells'][number]>(
  table: TableShape & { rows: readonly { cells: readonly C[] }[] },
  cellText: (cell: C) => string,
): number[] {
  const columns = new Array<number>(table.columns.length).fill(0);
  for (const place of cellsInOrder(table)) {
    if (place.colSpan > 1) continue;
    const { whole, unbreakable } = textWidthChars(cellText(table.rows[place.row].cells[place.index]));
    columns[place.column] = Math.max(columns[place.column], unbreakable, Math.min(whole, MIN_COLUMN_CHARS));
  }
  return columns;
}

/** The narrowest a table can print without breaking words (columnMinChars), padding and borders included, in mm. */
export function tableMinWidthMm<C extends TableShape['rows'][number]['cells'][number]>(
  table: TableShape & { rows: readonly { cells: readonly C[] }[] },
  cellText: (cell: C) => string,
): number {
  const border = CELL_BORDER_PT / PT_PER_MM;
  return columnMinChars(table, cellText).reduce((sum, chars) => sum + chars * CHAR_MM + 2 * CELL_PADDING_MM.inline + border, border);
}

/** Turned sideways: set so by hand (横排此表), or too wide for the upright 版心. */
export function tablePrintsTurned<C extends TableShape['rows'][number]['cells'][number]>(
  table: TableShape & { turned?: true; rows: readonly { cells: readonly C[] }[] },
  cellText: (cell: C) => string,
): boolean {
  return table.turned === true || tableIsTooWide(table, cellText);
}

/**
 * GB/T 9704 §8 allows an A4 table turned sideways (横排): a table that cannot fit the 156 mm 版心 at 四号
 * prints on a page of its own, turned, with the 225 mm side across.
 */
export function tableIsTooWide<C extends TableShape['rows'][number]['cells'][number]>(
  table: TableShape & { rows: readonly { cells: readonly C[] }[] },
  cellText: (cell: C) => string,
): boolean {
  return tableMinWidthMm(table, cellText) > TYPE_AREA.width;
}
