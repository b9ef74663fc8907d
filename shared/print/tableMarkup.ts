import type { Inline, Table } from '../model/document';
import { cellsInOrder } from '../model/table';
import { escapeHtml } from './escapeHtml';

/**
 * A table as print markup: its 表题 and unit line as flow elements that never end a page (keep-next),
 * then an HTML table whose header rows are its thead, which layoutPages repeats on every page the table
 * runs onto. Each element carries the block's position as data-block.
 */
export function tableMarkup(table: Table, caption: readonly Inline[], block: number, html: (inlines: readonly Inline[]) => string): string[] {
  const at = `data-block="${block}"`;
  const out: string[] = [];
  if (caption.length > 0) out.push(`<p class="t-caption keep keep-next" ${at}>${html(caption)}</p>`);
  if (table.unit) out.push(`<p class="t-unit keep keep-next" ${at}>${escapeHtml(table.unit)}</p>`);
  const places = cellsInOrder(table);
  const rowHtml = (row: number) =>
    `<tr>${places
      .filter((place) => place.row === row)
      .map((place) => {
        const span = `${place.rowSpan > 1 ? ` rowspan="${place.rowSpan}"` : ''}${place.colSpan > 1 ? ` colspan="${place.colSpan}"` : ''}`;
        const align = row < table.headerRows ? 'center' : table.columns[place.column].align;
        return `<td class="al-${align}"${span}>${html(table.rows[row].cells[place.index].inlines)}</td>`;
      })
      .join('')}</tr>`;
  const rows = table.rows.map((_, row) => rowHtml(row));
  const head = table.headerRows > 0 ? `<thead>${rows.slice(0, table.headerRows).join('')}</thead>` : '';
  out.push(`<table class="b-table" ${at}>${head}<tbody>${rows.slice(table.headerRows).join('')}</tbody></table>`);
  return out;
}

/** Table text one size smaller than the body (四号), thin full borders, figures aligned by column. */
export function tableStylesheet(smallPt: number, heiFamily: string): string {
  return `
.t-caption { text-align: center; text-indent: 0; font-family: ${heiFamily}; }
.t-unit { text-align: right; text-indent: 0; font-size: ${smallPt}pt; letter-spacing: 0; }
.b-table { width: 100%; border-collapse: collapse; font-size: ${smallPt}pt; line-height: 1.4; letter-spacing: 0; }
.b-table td { border: 0.5pt solid #000; padding: 0.6mm 1.2mm; vertical-align: middle; text-indent: 0; }
.b-table tr { break-inside: avoid; }
.al-left { text-align: left; }
.al-center { text-align: center; }
.al-right { text-align: right; }
`;
}
