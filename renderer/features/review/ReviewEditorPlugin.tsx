import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTableNode } from '@lexical/table';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { relocateAnchor, type CommentAnchor } from '../../../shared/review/commentAnchor';
import type { CommentThread } from '../../../shared/review/reviewSchemas';
import { domRangeOf } from '../../editor/paragraphRanges';
import { $blockElements } from '../../editor/letterBridge';

const OPEN = 'dafu-comment';
const RESOLVED = 'dafu-comment-resolved';

const codePoints = (text: string) => Array.from(text).length;
const utf16Offset = (text: string, codePointOffset: number) => Array.from(text).slice(0, codePointOffset).join('').length;

function paint(name: string, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** The selection as a comment anchor (one paragraph, code points), or undefined when nothing is selected. */
function selectionAnchor(editor: LexicalEditor): CommentAnchor | undefined {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return undefined;
    const paragraphs = $blockElements();
    const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
    const paragraph = first.getNode().getTopLevelElement();
    // A comment sits in one paragraph (a table's 表题 included), not in a table's cells.
    if (!paragraph || $isTableNode(paragraph) || !paragraph.is(last.getNode().getTopLevelElement()) || !paragraphs.includes(paragraph)) return undefined;
    const text = paragraph.getTextContent();
    const quote = selection.getTextContent();
    // The selection's offset in its paragraph: the text before it in the paragraph, measured.
    const before = paragraph.getAllTextNodes().filter((node) => node.isBefore(first.getNode()));
    const startUtf16 = before.reduce((sum, node) => sum + node.getTextContentSize(), 0) + first.offset;
    const start = codePoints(text.slice(0, startUtf16));
    return { block: paragraphs.indexOf(paragraph), start, end: start + codePoints(quote), quote };
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
        const paragraphs = $blockElements();
        const texts = paragraphs.map((paragraph) => paragraph.getTextContent());
        return threads.flatMap((thread) => {
          const anchor = relocateAnchor(thread.originalAnchor, texts);
          if (!anchor) return [];
          const text = texts[anchor.block];
          const match = { paragraphKey: paragraphs[anchor.block].getKey(), start: utf16Offset(text, anchor.start), end: utf16Offset(text, anchor.end) };
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
