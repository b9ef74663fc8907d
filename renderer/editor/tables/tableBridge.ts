import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import { $getState, $isElementNode, $setState, createState, type ElementFormatType, type LexicalNode } from 'lexical';
import { joinLines, type Block, type Inline, type Table } from '../../../shared/model/document';
import { cellsInOrder, type ColumnAlign } from '../../../shared/model/table';
import { $isLetterParagraphNode, type LetterParagraphNode } from '../nodes/LetterParagraphNode';

/** 横排此表: the table prints on a page of its own turned sideways (Lexical's own TableNode carries it as node state). */
export const TURNED = createState('dafuTurned', { parse: (value) => value === true });

/** The unit line is a 表格 paragraph that says 「单位：…」; any other 表格 paragraph over a table is its 表题. */
export const UNIT_LINE = /^\s*单位\s*[：:]/;

/**
 * A stored table as editor nodes: the 表题 and the unit line as paragraphs of role 表格 (the unit line
 * right-aligned), then Lexical's table, header rows marked as header cells, each body cell's paragraph
 * aligned as its column is.
 */
export function $createTableNodes(block: Block, paragraphOf: (inlines: readonly Inline[]) => LetterParagraphNode[]): LexicalNode[] {
  const table = block.table!;
  const nodes: LexicalNode[] = [];
  if (block.inlines.length > 0) nodes.push(...paragraphOf(block.inlines).map((paragraph) => paragraph.setRole('table')));
  if (table.unit) nodes.push(...paragraphOf([{ t: 'text', text: table.unit }]).map((paragraph) => paragraph.setRole('table').setFormat('right')));
  const places = cellsInOrder(table);
  const tableNode = $createTableNode();
  if (table.turned) $setState(tableNode, TURNED, true);
  table.rows.forEach((row, r) => {
    const rowNode = $createTableRowNode();
    for (const place of places.filter((candidate) => candidate.row === r)) {
      const cell = row.cells[place.index];
      const cellNode = $createTableCellNode(r < table.headerRows ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS, place.colSpan);
      if (place.rowSpan > 1) cellNode.setRowSpan(place.rowSpan);
      const align = r < table.headerRows ? 'center' : table.columns[place.column].align;
      for (const paragraph of paragraphOf(cell.inlines)) cellNode.append(align === 'left' ? paragraph : paragraph.setFormat(align));
      rowNode.append(cellNode);
    }
    tableNode.append(rowNode);
  });
  nodes.push(tableNode);
  return nodes;
}

const ALIGNS: readonly ElementFormatType[] = ['right', 'center'];

/** Reads Lexical's table back as the stored table; the paragraphs of a cell join with line breaks. */
export function $readTable(tableNode: TableNode, inlinesOf: (node: LexicalNode) => Inline[], unit?: string): Table {
  const rowNodes = tableNode.getChildren().filter($isTableRowNode);
  const rows: Table['rows'] = rowNodes.map((rowNode) => ({
    cells: rowNode
      .getChildren()
      .filter($isTableCellNode)
      .map((cellNode) => {
        const inlines = joinLines(cellNode.getChildren().map(inlinesOf));
        const rowSpan = cellNode.getRowSpan();
        const colSpan = cellNode.getColSpan();
        return { inlines, ...(rowSpan > 1 ? { rowSpan } : {}), ...(colSpan > 1 ? { colSpan } : {}) };
      }),
  }));
  let headerRows = 0;
  while (
    headerRows < rowNodes.length &&
    rowNodes[headerRows]
      .getChildren()
      .filter($isTableCellNode)
      .every((cell) => cell.hasHeaderState(TableCellHeaderStates.ROW))
  )
    headerRows += 1;
  const width = rows[0]?.cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0) ?? 1;
  const formats = new Map<number, ElementFormatType[]>();
  const shape = { columns: new Array<unknown>(width), rows };
  for (const place of cellsInOrder(shape)) {
    if (place.row < headerRows || place.colSpan > 1) continue;
    const cellNode = rowNodes[place.row].getChildren().filter($isTableCellNode)[place.index];
    const first = cellNode.getFirstChild();
    const format = $isElementNode(first) ? first.getFormatType() : '';
    formats.set(place.column, [...(formats.get(place.column) ?? []), format]);
  }
  const columns = Array.from({ length: width }, (_, column): { align: ColumnAlign } => {
    const said = formats.get(column) ?? [];
    const align = ALIGNS.find((candidate) => said.length > 0 && said.every((format) => format === candidate));
    return { align: (align as ColumnAlign | undefined) ?? 'left' };
  });
  return { ...(unit ? { unit } : {}), ...($getState(tableNode, TURNED) ? { turned: true as const } : {}), headerRows, columns, rows };
}

/** A paragraph of role 表格 that stands over a table: its 表题 or its unit line. */
export function $isTablePart(node: LexicalNode): node is LetterParagraphNode {
  return $isLetterParagraphNode(node) && node.getRole() === 'table';
}
