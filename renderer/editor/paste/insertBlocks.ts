import { $findTableNode } from '@lexical/table';
import { $createTextNode, $getSelection, $isElementNode, $isRangeSelection, type RangeSelection } from 'lexical';
import type { Block } from '../../../shared/model/document';
import { $blockNodes, PLACEHOLDER_VIEW } from '../letterBridge';
import { tableAsLines } from './clipboardBlocks';

/**
 * A table goes between paragraphs, never into one: the caret's paragraph is split there (an empty half
 * left out), and the caret stays after what was pasted.
 */
function $insertBetweenParagraphs(selection: RangeSelection, blocks: readonly Block[]): void {
  const rest = selection.insertParagraph();
  if (!rest) return;
  const before = rest.getPreviousSibling();
  const nodes = blocks.flatMap((block) => $blockNodes(block, PLACEHOLDER_VIEW));
  for (const node of nodes) rest.insertBefore(node);
  if ($isElementNode(before) && before.getTextContent() === '') before.remove();
  const last = nodes.at(-1);
  if (rest.getTextContent() === '' && rest.getNextSibling() && $isElementNode(last)) {
    rest.remove();
    last.selectEnd();
  } else rest.selectStart();
}

/**
 * Pasted blocks at the caret: one paragraph joins the paragraph there, several arrive as paragraphs of
 * their own, a table as a table. Inside a table a pasted table arrives as its rows, a line each: tables
 * do not nest.
 */
export function $insertBlocks(pasted: readonly Block[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || pasted.length === 0) return;
  const blocks = $findTableNode(selection.anchor.getNode()) ? pasted.flatMap(tableAsLines) : pasted;
  if (blocks.some((block) => block.table)) $insertBetweenParagraphs(selection, blocks);
  else if (blocks.length === 1)
    selection.insertNodes(blocks[0].inlines.flatMap((run) => (run.t === 'text' ? [$createTextNode(run.text).setFormat(run.bold ? 'bold' : 0)] : [])));
  else selection.insertNodes(blocks.flatMap((block) => $blockNodes(block, PLACEHOLDER_VIEW)));
}
