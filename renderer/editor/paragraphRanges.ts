import { $createRangeSelection, $getNodeByKey, $isElementNode, $isTextNode, $setSelection, type LexicalEditor, type TextNode } from 'lexical';
import type { TextMatch } from '../../shared/text/findMatches';
import { $isFieldNode } from './nodes/FieldNode';

/** A match inside one paragraph of the letter. */
export interface ParagraphMatch extends TextMatch {
  paragraphKey: string;
}

interface Piece {
  node: TextNode;
  from: number;
}

function $pieces(paragraphKey: string): Piece[] {
  const paragraph = $getNodeByKey(paragraphKey);
  if (!$isElementNode(paragraph)) return [];
  const pieces: Piece[] = [];
  let from = 0;
  for (const child of paragraph.getChildren()) {
    if ($isTextNode(child)) pieces.push({ node: child, from });
    from += child.getTextContentSize();
  }
  return pieces;
}

function locate(pieces: Piece[], offset: number, preferNext: boolean): { node: TextNode; offset: number } | undefined {
  const piece = pieces.find(
    ({ node, from }) => offset >= from && (preferNext ? offset < from + node.getTextContentSize() : offset <= from + node.getTextContentSize()),
  );
  return piece && { node: piece.node, offset: offset - piece.from };
}

/** Whether a match touches a template field, which find and replace must not cut into. */
export function $touchesField(match: ParagraphMatch): boolean {
  return $pieces(match.paragraphKey).some(({ node, from }) => $isFieldNode(node) && from < match.end && from + node.getTextContentSize() > match.start);
}

/** Selects a match in the editor (inside editor.update). */
export function $selectMatch(match: ParagraphMatch): boolean {
  const pieces = $pieces(match.paragraphKey);
  const anchor = locate(pieces, match.start, true);
  const focus = locate(pieces, match.end, false);
  if (!anchor || !focus) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.node.getKey(), anchor.offset, 'text');
  selection.focus.set(focus.node.getKey(), focus.offset, 'text');
  $setSelection(selection);
  return true;
}

/**
 * Sets `range` to cover a match in the DOM (inside a read of the editor), for painting or measuring
 * it without touching the editor's selection. Measuring many matches should reuse one range: the
 * browser updates every live range on each change to the text.
 */
export function $setDomRange(editor: LexicalEditor, match: ParagraphMatch, range: Range): Range | undefined {
  const pieces = $pieces(match.paragraphKey);
  const anchor = locate(pieces, match.start, true);
  const focus = locate(pieces, match.end, false);
  const startText = anchor && editor.getElementByKey(anchor.node.getKey())?.firstChild;
  const endText = focus && editor.getElementByKey(focus.node.getKey())?.firstChild;
  if (!anchor || !focus || !startText || !endText) return undefined;
  range.setStart(startText, anchor.offset);
  range.setEnd(endText, focus.offset);
  return range;
}

/** A new DOM range covering a match. */
export function domRangeOf(editor: LexicalEditor, match: ParagraphMatch): Range | undefined {
  return editor.getEditorState().read(() => $setDomRange(editor, match, document.createRange()));
}
