import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, COMMAND_PRIORITY_HIGH, createCommand, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import type { Block } from '../../../shared/model/document';
import { $isFieldNode } from '../nodes/FieldNode';
import { $insertBlocks } from '../paste/insertBlocks';
import { blocksToHtml, clipboardBlocks, plainTextBlocks } from '../paste/clipboardBlocks';
import { sanitizeClipboardHtml } from '../paste/sanitizeClipboard';

/** Lexical's own clipboard format: a copy inside Dafu, which keeps field tokens; Lexical's handler takes it. */
const LEXICAL_MIME = 'application/x-lexical-editor';

/** Plain lines pasted as several paragraphs: the keys of the paragraphs that now hold them. */
export interface PlainPaste {
  paragraphKeys: string[];
}

/** Sent after a paste of several plain lines, which 按公文结构识别 may then restructure. */
export const PLAIN_LINES_PASTED_COMMAND = createCommand<PlainPaste>('PLAIN_LINES_PASTED');

/** Several paragraphs and nothing the clipboard knew beyond the words: no roles, no bold. */
function isPlainLines(blocks: Block[]): boolean {
  return (
    blocks.length >= 2 &&
    blocks.every((block) => (block.role === 'body' || block.role === 'heading') && block.inlines.every((run) => run.t === 'text' && !run.bold))
  );
}

function $caretParagraphIndex(): number | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const start = selection.isBackward() ? selection.focus : selection.anchor;
  return start.getNode().getTopLevelElement()?.getIndexWithinParent() ?? null;
}

/** The paragraphs from where the paste began to where the caret now is, if none of them holds a field token. */
function $pastedParagraphs(firstIndex: number): PlainPaste | null {
  const lastIndex = $caretParagraphIndex();
  if (lastIndex === null || lastIndex <= firstIndex) return null;
  const paragraphs = $getRoot()
    .getChildren()
    .slice(firstIndex, lastIndex + 1);
  if (paragraphs.some((node) => $isElementNode(node) && node.getChildren().some($isFieldNode))) return null;
  return { paragraphKeys: paragraphs.map((node) => node.getKey()) };
}

function pastedBlocks(data: DataTransfer): Block[] | null {
  if (Array.from(data.types).includes(LEXICAL_MIME)) return null;
  const html = data.getData('text/html');
  if (html) return clipboardBlocks(sanitizeClipboardHtml(html));
  const text = data.getData('text/plain');
  return text ? plainTextBlocks(text) : null;
}

/** Copy out: replaces the editor's HTML (with its classes and styles) by clean HTML, fields as their values. */
function cleanCopiedHtml(event: ClipboardEvent): void {
  const html = event.clipboardData?.getData('text/html');
  if (!event.clipboardData || !html) return;
  event.clipboardData.setData('text/html', blocksToHtml(clipboardBlocks(sanitizeClipboardHtml(html))));
}

function registerCopyCleaner(editor: LexicalEditor): () => void {
  let detach = () => {};
  const unregister = editor.registerRootListener((root) => {
    detach();
    const parent = root?.parentElement;
    if (!parent) return;
    // On the parent, so Lexical's own copy handler on the root has filled the clipboard already.
    parent.addEventListener('copy', cleanCopiedHtml);
    parent.addEventListener('cut', cleanCopiedHtml);
    detach = () => {
      parent.removeEventListener('copy', cleanCopiedHtml);
      parent.removeEventListener('cut', cleanCopiedHtml);
    };
  });
  return () => {
    unregister();
    detach();
  };
}

/**
 * Paste from Word, WPS or a web page through DOMPurify into letter paragraphs (see clipboardBlocks):
 * structure and bold kept, everything else dropped, nothing executed.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregisterPaste = editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = 'clipboardData' in event ? event.clipboardData : null;
        const blocks = data ? pastedBlocks(data) : null;
        if (!blocks) return false;
        event.preventDefault();
        const firstIndex = $caretParagraphIndex();
        $insertBlocks(blocks);
        const pasted = firstIndex !== null && isPlainLines(blocks) ? $pastedParagraphs(firstIndex) : null;
        if (pasted) editor.dispatchCommand(PLAIN_LINES_PASTED_COMMAND, pasted);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    const unregisterCopy = registerCopyCleaner(editor);
    return () => {
      unregisterPaste();
      unregisterCopy();
    };
  }, [editor]);
  return null;
}
