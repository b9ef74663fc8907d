import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';
import { $getRoot, $isElementNode, type ElementNode } from 'lexical';
import type { BlockRole, HeadingLevel } from '../../../shared/model/document';
import { $isLetterParagraphNode } from '../nodes/LetterParagraphNode';

/** A paragraph as the text readers see it: a top-level paragraph, or one inside a table's cell (role 表格). */
export interface TextParagraph {
  node: ElementNode;
  role: BlockRole;
  level?: HeadingLevel;
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
        return node
          .getChildren()
          .filter($isTableRowNode)
          .flatMap((row) => row.getChildren().filter($isTableCellNode))
          .flatMap((cell) => cell.getChildren().filter($isElementNode))
          .map((paragraph) => ({ node: paragraph, role: 'table' as const }));
      }
      if (!$isElementNode(node)) return [];
      if (!$isLetterParagraphNode(node)) return [{ node, role: 'body' }];
      const level = node.getLevel();
      return [{ node, role: node.getRole(), ...(level ? { level } : {}) }];
    });
}
