import { $isTableCellNode, $isTableNode, $isTableRowNode, type TableNode } from '@lexical/table';
import { $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import type { BlockRole, HeadingLevel } from '../../../shared/model/document';
import { $isLetterParagraphNode } from '../nodes/LetterParagraphNode';

/** A paragraph as the text readers see it: a top-level paragraph, or one inside a table's cell (role 表格). */
export interface TextParagraph {
  node: ElementNode;
  role: BlockRole;
  level?: HeadingLevel;
}

/** Every cell's paragraphs, cells in reading order (row by row, each row listing the cells that start in it). */
export function $cellParagraphs(tableNode: TableNode): LexicalNode[] {
  return tableNode
    .getChildren()
    .filter($isTableRowNode)
    .flatMap((row) => row.getChildren().filter($isTableCellNode))
    .flatMap((cell) => cell.getChildren());
}

/**
 * The letter's paragraphs in reading order with a table's cells opened up, each cell's paragraphs
 * units of their own: what find and replace, proofreading, the field chips and 字数 walk, as the
 * stored plain-text form does (shared/model/letterUnits.ts).
 */
export function $textParagraphs(): TextParagraph[] {
  return $getRoot()
    .getChildren()
    .flatMap((node): TextParagraph[] => {
      if ($isTableNode(node)) {
        return $cellParagraphs(node)
          .filter($isElementNode)
          .map((paragraph) => ({ node: paragraph, role: 'table' as const }));
      }
      if (!$isElementNode(node)) return [];
      if (!$isLetterParagraphNode(node)) return [{ node, role: 'body' }];
      const level = node.getLevel();
      return [{ node, role: node.getRole(), ...(level ? { level } : {}) }];
    });
}
