import { $createTextNode, $getRoot, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import type { Block, Inline, LetterDocument } from '../../shared/model/document';
import { $createLetterParagraphNode, $isLetterParagraphNode } from './nodes/LetterParagraphNode';
import { $createFieldNode, $isFieldNode } from './nodes/FieldNode';

export interface FieldView {
  text: (name: string) => string;
  filled: (name: string) => boolean;
}

/** One stored block as an editor paragraph, its fields as tokens showing their values. */
export function $createBlockParagraph(block: Block, fields: FieldView) {
  const paragraph = $createLetterParagraphNode(block.role, block.level);
  for (const run of block.inlines) {
    if (run.t === 'field') paragraph.append($createFieldNode(run.name, fields.text(run.name), fields.filled(run.name)));
    else if (run.text !== '') paragraph.append($createTextNode(run.text).setFormat(run.bold ? 'bold' : 0));
  }
  return paragraph;
}

/** Replaces the editor's content with a stored letter. */
export function $importLetter(doc: LetterDocument, fields: FieldView): void {
  const root = $getRoot();
  root.clear();
  for (const block of doc.blocks) root.append($createBlockParagraph(block, fields));
  if (doc.blocks.length === 0) root.append($createLetterParagraphNode('body'));
}

function appendText(inlines: Inline[], text: string, bold: boolean): void {
  const last = inlines.at(-1);
  if (last?.t === 'text' && Boolean(last.bold) === bold) last.text += text;
  else inlines.push(bold ? { t: 'text', text, bold } : { t: 'text', text });
}

function $inlinesOf(node: LexicalNode, inlines: Inline[]): void {
  if ($isFieldNode(node)) inlines.push({ t: 'field', name: node.getFieldName() });
  else if ($isTextNode(node)) appendText(inlines, node.getTextContent(), node.hasFormat('bold'));
  else if ($isLineBreakNode(node)) appendText(inlines, '\n', false);
  else appendText(inlines, node.getTextContent(), false);
}

/** Reads the editor's content as the letter Dafu stores. */
export function $exportLetter(): LetterDocument {
  const blocks: Block[] = $getRoot()
    .getChildren()
    .map((node) => {
      const inlines: Inline[] = [];
      const children = 'getChildren' in node && typeof node.getChildren === 'function' ? (node.getChildren() as LexicalNode[]) : [node];
      children.forEach((child) => $inlinesOf(child, inlines));
      if ($isLetterParagraphNode(node)) {
        const level = node.getLevel();
        return { role: node.getRole(), ...(level ? { level } : {}), inlines };
      }
      return { role: 'body', inlines };
    });
  return { version: 1, blocks };
}
