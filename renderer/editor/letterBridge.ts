import { $createTextNode, $getRoot, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import type { Block, Inline, LetterDocument } from '../../shared/model/document';
import { $createLetterParagraphNode, $isLetterParagraphNode } from './nodes/LetterParagraphNode';
import { $createFieldNode, $isFieldNode } from './nodes/FieldNode';
import { $isTableNode } from '@lexical/table';
import { tableGrid } from '../../shared/model/table';
import { $createTableNodes, $isTablePart, $readTable, UNIT_LINE } from './tables/tableBridge';
import { $cellParagraphs } from './tables/textParagraphs';

export interface FieldView {
  text: (name: string) => string;
  filled: (name: string) => boolean;
}

/** Every field unfilled, its chip showing its name in brackets as on the page: for text that brings no values of its own. */
export const PLACEHOLDER_VIEW: FieldView = { text: (name) => `〔${name}〕`, filled: () => false };

/** One stored block as an editor paragraph, its fields as tokens showing their values. */
export function $createBlockParagraph(block: Block, fields: FieldView) {
  const paragraph = $createLetterParagraphNode(block.role, block.level);
  for (const run of block.inlines) {
    if (run.t === 'field') paragraph.append($createFieldNode(run.name, fields.text(run.name), fields.filled(run.name)));
    else if (run.text !== '') paragraph.append($createTextNode(run.text).setFormat(run.bold ? 'bold' : 0));
  }
  return paragraph;
}

/** One stored block as editor nodes: a paragraph, or a table with its 表题 and unit line. */
export function $blockNodes(block: Block, fields: FieldView): LexicalNode[] {
  if (!block.table) return [$createBlockParagraph(block, fields)];
  return $createTableNodes(block, (inlines) => splitLines(inlines).map((line) => $createBlockParagraph({ role: 'body', inlines: line }, fields)));
}

/** Replaces the editor's content with a stored letter. */
export function $importLetter(doc: LetterDocument, fields: FieldView): void {
  const root = $getRoot();
  root.clear();
  for (const block of doc.blocks) root.append(...$blockNodes(block, fields));
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

/** A cell's runs as its paragraphs: a line break in the stored text starts a new one. */
function splitLines(inlines: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const run of inlines) {
    if (run.t !== 'text' || !run.text.includes('\n')) {
      lines[lines.length - 1].push(run);
      continue;
    }
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push({ ...run, text: part });
    });
  }
  return lines;
}

function $paragraphInlines(node: LexicalNode): Inline[] {
  const inlines: Inline[] = [];
  const children = 'getChildren' in node && typeof node.getChildren === 'function' ? (node.getChildren() as LexicalNode[]) : [node];
  children.forEach((child) => $inlinesOf(child, inlines));
  return inlines;
}

function $paragraphBlock(node: LexicalNode): Block {
  const inlines = $paragraphInlines(node);
  if ($isLetterParagraphNode(node) && node.getRole() !== 'table') {
    const level = node.getLevel();
    return { role: node.getRole(), ...(level ? { level } : {}), inlines };
  }
  return { role: 'body', inlines };
}

/** Reads the editor's content as the letter Dafu stores: a table takes the 表题 and unit line just above it. */
export function $exportLetter(): LetterDocument {
  return { version: 1, blocks: $exportBlocks().map(([block]) => block) };
}

/** For each stored block, the editor element it starts at (a table: its 表题, else its unit line, else the table). */
export function $blockElements(): LexicalNode[] {
  return $exportBlocks().map(([, node]) => node);
}

/**
 * For each stored block, the editor paragraphs whose texts joined by line breaks are its plain-text
 * form (see shared/review/anchorParts.ts); none for a table kept as its rows.
 */
export function $blockParts(): LexicalNode[][] {
  return $exportBlocks().map(([, , parts]) => parts);
}

export function $blockKeys(): string[] {
  return $blockElements().map((node) => node.getKey());
}

type ExportedBlock = [Block, LexicalNode, LexicalNode[]];

function $exportBlocks(): ExportedBlock[] {
  const blocks: ExportedBlock[] = [];
  const paragraphs = (nodes: LexicalNode[]) => nodes.map((node): ExportedBlock => [$paragraphBlock(node), node, [node]]);
  let above: LexicalNode[] = [];
  for (const node of $getRoot().getChildren()) {
    if ($isTablePart(node)) {
      above.push(node);
      continue;
    }
    if ($isTableNode(node)) {
      const unitNode = above.find((part) => UNIT_LINE.test(part.getTextContent()));
      const captions = above.filter((part) => part !== unitNode);
      blocks.push(...paragraphs(captions.slice(0, -1)));
      const table = $readTable(node, $paragraphInlines, unitNode?.getTextContent().trim());
      const caption = captions.at(-1);
      if (tableGrid(table)) {
        const parts = [...(caption?.getTextContent() ? [caption] : []), ...(table.unit ? [unitNode!] : []), ...$cellParagraphs(node)];
        blocks.push([{ role: 'table', inlines: caption ? $paragraphInlines(caption) : [], table }, caption ?? unitNode ?? node, parts]);
      } else
        blocks.push(
          ...paragraphs([...(caption ? [caption] : []), ...(unitNode ? [unitNode] : [])]),
          ...tableRowsAsParagraphs(table).map((block): ExportedBlock => [block, node, []]),
        );
      above = [];
      continue;
    }
    blocks.push(...paragraphs(above), [$paragraphBlock(node), node, [node]]);
    above = [];
  }
  blocks.push(...paragraphs(above));
  return blocks;
}

/** A table whose merges no longer fit a grid is kept as its rows, cells separated by tabs, so no text is lost. */
function tableRowsAsParagraphs(table: ReturnType<typeof $readTable>): Block[] {
  return table.rows.map((row) => ({
    role: 'body' as const,
    inlines: row.cells.flatMap((cell, index): Inline[] => [...(index > 0 ? [{ t: 'text' as const, text: '\t' }] : []), ...cell.inlines]),
  }));
}
