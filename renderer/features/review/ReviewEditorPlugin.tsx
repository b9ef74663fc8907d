import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { offsetInBlock, rangeInPart } from '../../../shared/review/anchorParts';
import { relocateAnchor, type CommentAnchor } from '../../../shared/review/commentAnchor';
import type { CommentThread } from '../../../shared/review/reviewSchemas';
import { domRangeOf } from '../../editor/paragraphRanges';
import { $blockParts } from '../../editor/letterBridge';

const OPEN = 'dafu-comment';
const RESOLVED = 'dafu-comment-resolved';

const codePoints = (text: string) => Array.from(text).length;
const utf16Offset = (text: string, codePointOffset: number) => Array.from(text).slice(0, codePointOffset).join('').length;

function paint(name: string, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** The selection as a comment anchor (within one paragraph or one cell's paragraph, code points), or undefined when nothing is selected. */
function selectionAnchor(editor: LexicalEditor): CommentAnchor | undefined {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return undefined;
    const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
    const blocks = $blockParts();
    const home = (node: LexicalNode) => {
      for (let at: LexicalNode | null = node; at; at = at.getParent()) {
        const block = blocks.findIndex((parts) => parts.some((part) => part.is(at)));
        if (block !== -1) return { block, part: blocks[block].findIndex((part) => part.is(at)), paragraph: at };
      }
      return undefined;
    };
    const start = home(first.getNode());
    if (!start || !start.paragraph.is(home(last.getNode())?.paragraph ?? null) || !$isElementNode(start.paragraph)) return undefined;
    const quote = selection.getTextContent();
    // The selection's offset in its paragraph: the text before it in the paragraph, measured.
    const text = start.paragraph.getTextContent();
    const before = start.paragraph.getAllTextNodes().filter((node) => node.isBefore(first.getNode()));
    const startUtf16 = before.reduce((sum, node) => sum + node.getTextContentSize(), 0) + first.offset;
    const from = offsetInBlock(
      blocks[start.block].map((part) => part.getTextContent()),
      start.part,
      codePoints(text.slice(0, startUtf16)),
    );
    return { block: start.block, start: from, end: from + codePoints(quote), quote };
  });
}

interface Props {
  threads: CommentThread[];
  locked: boolean;
  /** Receives a reader of the current selection, for the comment command. */
  onReady: (readSelection: () => CommentAnchor | undefined) => void;
}

/** Paints comment ranges with the CSS Custom Highlight API (Lexical's DOM is never touched) and locks the text after 签发. */
export function ReviewEditorPlugin({ threads, locked, onReady }: Props) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => onReady(() => selectionAnchor(editor)), [editor, onReady]);
  useEffect(() => editor.setEditable(!locked), [editor, locked]);

  useEffect(() => {
    if (threads.length === 0) return;
    const repaint = () => {
      const located = editor.getEditorState().read(() => {
        const blocks = $blockParts().map((parts) => parts.map((part) => ({ key: part.getKey(), text: part.getTextContent() })));
        const texts = blocks.map((parts) => parts.map((part) => part.text).join('\n'));
        return threads.flatMap((thread) => {
          const anchor = relocateAnchor(thread.originalAnchor, texts);
          if (!anchor) return [];
          const parts = blocks[anchor.block];
          const partTexts = parts.map((part) => part.text);
          const range = rangeInPart(partTexts, anchor.start, anchor.end);
          if (!range) return [];
          const { key, text } = parts[range.part];
          const match = { paragraphKey: key, start: utf16Offset(text, range.start), end: utf16Offset(text, range.end) };
          return [{ resolved: thread.resolvedAt !== null, match }];
        });
      });
      const ranges = (resolved: boolean) => located.filter((entry) => entry.resolved === resolved).flatMap((entry) => domRangeOf(editor, entry.match) ?? []);
      paint(OPEN, ranges(false));
      paint(RESOLVED, ranges(true));
    };
    repaint();
    const stop = editor.registerUpdateListener(repaint);
    return () => {
      stop();
      paint(OPEN, []);
      paint(RESOLVED, []);
    };
  }, [editor, threads]);

  return null;
}
