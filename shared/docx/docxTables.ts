import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { cellsInOrder, type ColumnAlign } from '../model/table';
import type { Inline, Table as LetterTable } from '../model/document';
import { TABLE_UNIT_STYLE_ID } from './dafuMarks';
import { CELL_PADDING_MM, columnMinChars, tablePrintsTurned, wrappedLines } from '../print/tableFit';
import { SMALL_CHAR, TYPE_AREA } from './gbLayout';

/** Cell text in Word: the table style's 4号, single-spaced, no first-line indent (see letterStyles). */
export const TABLE_TEXT_STYLE_ID = 'DafuTableText';

const TWIPS_PER_MM = 1440 / 25.4;
/** Cell padding left and right as in print, narrower than Word's default 1.9 mm. */
const CELL_PADDING = Math.round(CELL_PADDING_MM.inline * TWIPS_PER_MM);
/** Lines of single-spaced 四号 past which a row may not fit a page (225 mm holds about 35 of them). */
const ROW_BREAK_LINES = 30;

/**
 * Column widths in twips across `area`: each column the room its words need (columnMinChars, as in
 * print), the rest shared out evenly; when even that is too wide, every column narrowed alike.
 */
function columnWidths(table: LetterTable, cellText: (cell: LetterTable['rows'][number]['cells'][number]) => string, area: number): number[] {
  const needed = columnMinChars(table, cellText).map((chars) => Math.max(chars, 1) * SMALL_CHAR + 2 * CELL_PADDING);
  const total = needed.reduce((sum, one) => sum + one, 0);
  if (total > area) return needed.map((one) => Math.floor((one * area) / total));
  return needed.map((one) => Math.floor(one + (area - total) / needed.length));
}

/** Thin full borders: ½ pt single lines around and between every cell. */
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } satisfies Record<ColumnAlign, unknown>;

/**
 * A table as Word writes it: its 表题 (the block's own paragraph, styled as a caption), the unit line
 * right-aligned, then a real w:tbl as wide as the 版心 (the turned 版心 of a landscape section when the
 * table is too wide, as print decides) with thin full borders, the header rows marked to
 * repeat on every page (w:tblHeader) and no row split across pages (w:cantSplit) unless it may be
 * taller than a page. Merged cells are w:gridSpan and w:vMerge.
 */
export function docxTable(
  table: LetterTable,
  caption: Paragraph | undefined,
  runsOf: (inlines: readonly Inline[]) => ParagraphChild[],
  textOf: (inlines: readonly Inline[]) => string,
): FileChild[] {
  const cellText = (cell: LetterTable['rows'][number]['cells'][number]) => textOf(cell.inlines);
  const widths = columnWidths(table, cellText, tablePrintsTurned(table, cellText) ? TYPE_AREA.height : TYPE_AREA.width);
  const columnOf = new Map(cellsInOrder(table).map((place) => [`${place.row}:${place.index}`, place.column]));
  const widthOf = (column: number, span = 1) => widths.slice(column, column + span).reduce((sum, one) => sum + one, 0);
  // A row that may be taller than a page is let break: Word hides what does not fit of a row kept whole.
  const mayOutgrowPage = (row: LetterTable['rows'][number], index: number) =>
    row.cells.some(
      (cell, at) =>
        wrappedLines(cellText(cell), (widthOf(columnOf.get(`${index}:${at}`) ?? 0, cell.colSpan) - 2 * CELL_PADDING) / SMALL_CHAR) > ROW_BREAK_LINES,
    );
  const rows = table.rows.map(
    (row, index) =>
      new TableRow({
        tableHeader: index < table.headerRows || undefined,
        cantSplit: !mayOutgrowPage(row, index),
        children: row.cells.map((cell, at) => {
          const column = columnOf.get(`${index}:${at}`) ?? 0;
          const align = index < table.headerRows ? 'center' : table.columns[column].align;
          return new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
            width: { size: widthOf(column, cell.colSpan), type: WidthType.DXA },
            children: [new Paragraph({ style: TABLE_TEXT_STYLE_ID, alignment: ALIGNMENT[align], children: runsOf(cell.inlines) })],
          });
        }),
      }),
  );
  return [
    ...(caption ? [caption] : []),
    ...(table.unit ? [new Paragraph({ style: TABLE_UNIT_STYLE_ID, children: [new TextRun(table.unit)] })] : []),
    new Table({
      rows,
      width: { size: widths.reduce((sum, one) => sum + one, 0), type: WidthType.DXA },
      columnWidths: widths,
      margins: { left: CELL_PADDING, right: CELL_PADDING },
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    }),
  ];
}
