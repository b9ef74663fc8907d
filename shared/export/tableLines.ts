import { inlinesText, type Block, type FieldRenderer } from '../model/document';
import { tableGrid } from '../model/table';

/**
 * A table as a .txt file holds it: its 表题 and unit line, then one line per row with the cells separated
 * by tabs; a merged cell's text stands in its first row and column, the places it covers left empty so
 * that the columns still line up in a spreadsheet.
 */
export function tableLines(block: Block, renderField: FieldRenderer): string[] {
  const table = block.table;
  const grid = table && tableGrid(table);
  if (!table || !grid) return [];
  const caption = inlinesText(block.inlines, renderField);
  const rows = grid.map((places, row) =>
    places
      .map((place, column) => (place.row === row && place.column === column ? inlinesText(table.rows[row].cells[place.index].inlines, renderField) : ''))
      .map((text) => text.replace(/[\t\r\n]+/g, ' '))
      .join('\t'),
  );
  return [...(caption ? [caption] : []), ...(table.unit ? [table.unit] : []), ...rows];
}
