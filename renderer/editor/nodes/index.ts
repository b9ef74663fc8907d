import { ParagraphNode, type Klass, type LexicalNode, type LexicalNodeReplacement } from 'lexical';
import { $createLetterParagraphNode, LetterParagraphNode } from './LetterParagraphNode';
import { FieldNode } from './FieldNode';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';

/** The one list of node classes the letter editor registers. */
export const LETTER_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  LetterParagraphNode,
  FieldNode,
  // Tables are Lexical's own (see renderer/editor/tables/).
  TableNode,
  TableRowNode,
  TableCellNode,
  // Paragraphs Lexical creates by itself (an emptied root, a paste) become body paragraphs of the letter.
  { replace: ParagraphNode, with: () => $createLetterParagraphNode('body'), withKlass: LetterParagraphNode },
];
