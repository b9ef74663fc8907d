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
import { TYPE_AREA } from './gbLayout';

/** Cell text in Word: the table style's 4号, single-spaced, no first-line indent (see letterStyles). */
export const TABLE_TEXT_STYLE_ID = 'DafuTableText';

/** Thin full borders: ½ pt single lines around and between every cell. */
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } satisfies Record<ColumnAlign, unknown>;

/**
 * A table as Word writes it: its 表题 (the block's own paragraph, styled as a caption), the unit line
 * right-aligned, then a real w:tbl as wide as the 版心 with thin full borders, the header rows marked to
 * repeat on every page (w:tblHeader) and no row split across pages (w:cantSplit). Merged cells are
 * w:gridSpan and w:vMerge.
 */
export function docxTable(table: LetterTable, caption: Paragraph | undefined, runsOf: (inlines: readonly Inline[]) => ParagraphChild[]): FileChild[] {
  const width = table.columns.length;
  const columnWidth = Math.floor(TYPE_AREA.width / width);
  const columnOf = new Map(cellsInOrder(table).map((place) => [`${place.row}:${place.index}`, place.column]));
  const rows = table.rows.map(
    (row, index) =>
      new TableRow({
        tableHeader: index < table.headerRows || undefined,
        cantSplit: true,
        children: row.cells.map((cell, at) => {
          const column = columnOf.get(`${index}:${at}`) ?? 0;
          const align = index < table.headerRows ? 'center' : table.columns[column].align;
          return new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
            ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
            width: { size: columnWidth * (cell.colSpan ?? 1), type: WidthType.DXA },
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
      width: { size: columnWidth * width, type: WidthType.DXA },
      columnWidths: new Array<number>(width).fill(columnWidth),
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    }),
  ];
}
