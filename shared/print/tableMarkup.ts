import type { Inline, Table } from '../model/document';
import { cellsInOrder } from '../model/table';
import { escapeHtml } from './escapeHtml';
import { CELL_BORDER_PT, CELL_PADDING_MM, columnMinChars, tableMinWidthMm, tablePrintsTurned } from './tableFit';
import { TYPE_AREA } from './metrics';

/** Column minimum widths are classes in half-character steps (the print page allows no inline style); 80 half characters are past any 版心. */
const MAX_HALF_CHARS = 80;

/**
 * A table as print markup: its 表题 and unit line as flow elements that never end a page (keep-next),
 * then an HTML table whose header rows are its thead, which layoutPages repeats on every page the table
 * runs onto. Each element carries the block's position as data-block. A table too wide for the 版心
 * (or turned by hand, see tablePrintsTurned) goes with its 表题 and unit line onto pages of their own, turned sideways.
 */
export function tableMarkup(
  table: Table,
  caption: readonly Inline[],
  block: number,
  html: (inlines: readonly Inline[]) => string,
  text: (inlines: readonly Inline[]) => string,
): string[] {
  const at = `data-block="${block}"`;
  const cellText = (cell: Table['rows'][number]['cells'][number]) => text(cell.inlines);
  const turned = tablePrintsTurned(table, cellText);
  const turn = turned ? ' turn' : '';
  // Each column keeps the width its words need (a long cell beside it would squeeze it to one character), when they all fit across.
  const fitsAcross = tableMinWidthMm(table, cellText) <= (turned ? TYPE_AREA.height : TYPE_AREA.width);
  const minWidths = columnMinChars(table, cellText).map((chars) => (fitsAcross && chars > 0 ? ` mw-${Math.min(Math.ceil(chars * 2), MAX_HALF_CHARS)}` : ''));
  const out: string[] = [];
  if (caption.length > 0) out.push(`<p class="t-caption keep keep-next${turn}" ${at}>${html(caption)}</p>`);
  if (table.unit) out.push(`<p class="t-unit keep keep-next${turn}" ${at}>${escapeHtml(table.unit)}</p>`);
  const places = cellsInOrder(table);
  const rowHtml = (row: number) =>
    `<tr>${places
      .filter((place) => place.row === row)
      .map((place) => {
        const span = `${place.rowSpan > 1 ? ` rowspan="${place.rowSpan}"` : ''}${place.colSpan > 1 ? ` colspan="${place.colSpan}"` : ''}`;
        const align = row < table.headerRows ? 'center' : table.columns[place.column].align;
        return `<td class="al-${align}${place.colSpan === 1 ? minWidths[place.column] : ''}"${span}>${html(table.rows[row].cells[place.index].inlines)}</td>`;
      })
      .join('')}</tr>`;
  const rows = table.rows.map((_, row) => rowHtml(row));
  const head = table.headerRows > 0 ? `<thead>${rows.slice(0, table.headerRows).join('')}</thead>` : '';
  out.push(`<table class="b-table${turn}" ${at}>${head}<tbody>${rows.slice(table.headerRows).join('')}</tbody></table>`);
  return out;
}

/** Table text one size smaller than the body (四号), thin full borders, figures aligned by column. */
export function tableStylesheet(smallPt: number, heiFamily: string): string {
  return `
.t-caption { text-align: center; text-indent: 0; font-family: ${heiFamily}; }
.t-unit { text-align: right; text-indent: 0; font-size: ${smallPt}pt; letter-spacing: 0; }
.b-table { width: 100%; border-collapse: collapse; font-size: ${smallPt}pt; line-height: 1.4; letter-spacing: 0; }
.b-table td { border: ${CELL_BORDER_PT}pt solid #000; padding: ${CELL_PADDING_MM.block}mm ${CELL_PADDING_MM.inline}mm; vertical-align: middle; text-indent: 0; }
.b-table tr { break-inside: avoid; }
.b-table .split-row td { vertical-align: top; }
${Array.from({ length: MAX_HALF_CHARS }, (_, index) => `.b-table td.mw-${index + 1} { min-width: ${(index + 1) / 2}em; }`).join('\n')}
.al-left { text-align: left; }
.al-center { text-align: center; }
.al-right { text-align: right; }
`;
}
