import { ApiError } from '../../../../shared/api/errors';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, tooManyColumns, tooManyRows } from './sheetLimits';

/** A sheet's cells as text: rows from the first, each row without its trailing blank cells. */
export interface SheetCells {
  rows: string[][];
  /** Columns up to the last one with content in any row. */
  width: number;
}

/**
 * Collects a sheet's cells as a reader meets them, refusing as soon as content lies beyond the
 * limits, so a far-away cell (A1048576, XFD1) stops the read instead of making it allocate up to it.
 * Blank cells are not kept: formatting that reaches row 1,048,576 costs nothing.
 */
export class SheetGrid {
  /** Rows by index (row 1 at 0); rows without content are holes. */
  private readonly cells: string[][] = [];
  private lastRow = 0;
  private width = 0;

  constructor(private readonly fileName: string) {}

  /** 1-based row and column, as the sheet numbers them. */
  put(row: number, column: number, text: string): void {
    const value = text.trim();
    if (value === '') return;
    if (row > MAX_SHEET_ROWS) throw new ApiError('invalid_input', tooManyRows(this.fileName, row));
    if (column > MAX_SHEET_COLUMNS) throw new ApiError('invalid_input', tooManyColumns(this.fileName, row, column));
    if (row < 1 || column < 1) return;
    const cells = (this.cells[row - 1] ??= []);
    cells[column - 1] = value;
    this.lastRow = Math.max(this.lastRow, row);
    this.width = Math.max(this.width, column);
  }

  get empty(): boolean {
    return this.lastRow === 0;
  }

  result(): SheetCells {
    const rows = this.cells;
    for (let index = 0; index < this.lastRow; index += 1) {
      const cells = (rows[index] ??= []);
      for (let column = 0; column < cells.length; column += 1) cells[column] ??= '';
    }
    return { rows, width: this.width };
  }
}
