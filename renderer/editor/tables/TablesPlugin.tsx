import { useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import {
  $computeTableMapSkipCellCheck,
  $createTableNodeWithDimensions,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $getTableCellNodeFromLexicalNode,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableSelection,
  $mergeCells,
  $setTableRowIsHeader,
  $unmergeCell,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setState,
  type ElementFormatType,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { useBindCommands } from '../../commands/CommandsContext';
import { $createLetterParagraphNode } from '../nodes/LetterParagraphNode';
import { $isTablePart, TURNED, UNIT_LINE } from './tableBridge';
import './table.css';

/** A new table: three rows of three cells, the first a header row, the cursor in its first cell. */
function $insertTable(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || $findTableNode(selection.anchor.getNode())) return;
  const table = $createTableNodeWithDimensions(3, 3, { rows: true, columns: false });
  $insertNodeToNearestRoot(table);
  const firstCell = table.getFirstChild<ElementNode>()?.getFirstChild();
  if ($isElementNode(firstCell)) firstCell.selectStart();
}

function $currentTable(): TableNode | null {
  const selection = $getSelection();
  if (!selection) return null;
  return $findTableNode(selection.getNodes()[0] ?? null);
}

/** 表头行: the row the cursor is in becomes a header row (repeated on every printed page), or stops being one. */
function $toggleHeaderRow(): void {
  const selection = $getSelection();
  const cell = $isRangeSelection(selection) ? $getTableCellNodeFromLexicalNode(selection.anchor.getNode()) : null;
  const table = $currentTable();
  if (!cell || !table) return;
  $setTableRowIsHeader(table, $getTableRowIndexFromTableCellNode(cell), !cell.hasHeaderState(TableCellHeaderStates.ROW));
}

/** 合并单元格: the cells selected across (Shift+方向键), across rows or columns, become one. */
function $mergeSelected(): void {
  const selection = $getSelection();
  if (!$isTableSelection(selection)) return;
  $mergeCells(selection.getNodes().filter($isTableCellNode));
}

/** The 表格 paragraphs just above the table: its 表题 and unit line. */
function $partsAbove(table: TableNode) {
  const parts = [];
  for (let node = table.getPreviousSibling(); node && $isTablePart(node); node = node.getPreviousSibling()) parts.unshift(node);
  return parts;
}

/** 表题: to the existing one, or a new centred line over the table (and over its unit line). */
function $addCaption(): void {
  const table = $currentTable();
  if (!table) return;
  const parts = $partsAbove(table);
  const caption = parts.find((part) => !UNIT_LINE.test(part.getTextContent()));
  if (caption) {
    caption.selectEnd();
    return;
  }
  const added = $createLetterParagraphNode('table');
  (parts[0] ?? table).insertBefore(added);
  added.selectStart();
}

/** 单位行: 「单位：万元」 flush right between the 表题 and the table, 「万元」 selected to type over. */
function $addUnit(): void {
  const table = $currentTable();
  if (!table) return;
  const existing = $partsAbove(table).find((part) => UNIT_LINE.test(part.getTextContent()));
  const line = existing ?? $createLetterParagraphNode('table').setFormat('right');
  if (!existing) {
    const text = $createTextNode('单位：万元');
    line.append(text);
    table.insertBefore(line);
  }
  const text = line.getFirstDescendant();
  if (text && 'select' in text && typeof text.select === 'function') {
    const length = text.getTextContent().length;
    text.select(Math.max(0, length - 2), length);
  }
}

/** Aligns the figures of the cursor's column (header rows stay centred); pressed again, back to the left. */
function $alignColumn(align: ElementFormatType): void {
  const selection = $getSelection();
  const cell = $isRangeSelection(selection) ? $getTableCellNodeFromLexicalNode(selection.anchor.getNode()) : null;
  const table = $currentTable();
  if (!cell || !table) return;
  const [map] = $computeTableMapSkipCellCheck(table, null, null);
  const column = map.flat().find((entry) => entry.cell.is(cell))?.startColumn ?? 0;
  const cells = map
    .map((row) => row[column])
    .filter(
      (entry, index, all) =>
        entry && entry.startColumn === column && entry.cell.getColSpan() === 1 && all.findIndex((other) => other?.cell.is(entry.cell)) === index,
    )
    .map((entry) => entry.cell)
    .filter((each) => !each.hasHeaderState(TableCellHeaderStates.ROW));
  const paragraphs = cells.flatMap((each) => each.getChildren().filter($isElementNode));
  const already = paragraphs.every((paragraph) => paragraph.getFormatType() === align);
  for (const paragraph of paragraphs) paragraph.setFormat(already ? '' : align);
}

/** 横排此表: the table prints on a page of its own turned sideways; pressed again, upright unless it is too wide for the 版心. */
function $toggleTurned(): void {
  const table = $currentTable();
  if (table) $setState(table, TURNED, (turned) => !turned);
}

function bindings(editor: LexicalEditor) {
  const run = (action: () => void) => () => editor.update(action);
  return {
    'table.insert': run($insertTable),
    'table.rowBelow': run(() => void (($currentTable() && $insertTableRowAtSelection(true)) ?? undefined)),
    'table.columnRight': run(() => void (($currentTable() && $insertTableColumnAtSelection(true)) ?? undefined)),
    'table.deleteRow': run(() => $currentTable() && $deleteTableRowAtSelection()),
    'table.deleteColumn': run(() => $currentTable() && $deleteTableColumnAtSelection()),
    'table.headerRow': run($toggleHeaderRow),
    'table.merge': run($mergeSelected),
    'table.unmerge': run(() => $currentTable() && $unmergeCell()),
    'table.caption': run($addCaption),
    'table.unit': run($addUnit),
    'table.alignRight': run(() => $alignColumn('right')),
    'table.turn': run($toggleTurned),
  };
}

/** Tables in the letter: Lexical's table plugin (Tab between cells, cell selection, merged cells) and the 表格 commands. */
export function TablesPlugin() {
  const [editor] = useLexicalComposerContext();
  const bound = useMemo(() => bindings(editor), [editor]);
  useBindCommands(bound);
  return <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasTabHandler />;
}
