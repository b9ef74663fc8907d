import { joinLines, type Block, type Inline, type Table } from '../model/document';
import { tableIsTooWide } from '../print/tableFit';
import type { DocxParagraph } from './readDocx';
import type { DocxTable } from './readDocxTables';

/**
 * A Word table as the letter's table block: each cell's paragraphs as one run list, line breaks between
 * them. A table in a landscape section that would fit the 版心 upright was turned by hand (横排此表).
 */
export function tableBlockFromDocx(
  table: DocxTable<DocxParagraph>,
  inlinesOf: (paragraph: DocxParagraph) => Inline[],
  above: { caption?: Inline[]; unit?: string } = {},
): Block {
  const kept: Table = {
    ...(above.unit ? { unit: above.unit } : {}),
    headerRows: table.headerRows,
    columns: table.aligns.map((align) => ({ align })),
    rows: table.rows.map((cells) => ({
      cells: cells.map((cell) => ({
        inlines: joinLines(cell.paragraphs.map(inlinesOf)),
        ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
        ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
      })),
    })),
  };
  const byHand = table.turned && !tableIsTooWide(kept, (cell) => cell.inlines.map((run) => (run.t === 'text' ? run.text : '')).join(''));
  return { role: 'table', inlines: above.caption ?? [], table: byHand ? { ...kept, turned: true } : kept };
}
