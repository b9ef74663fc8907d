import { useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { BlockRole, HeadingLevel } from '../../../shared/model/document';
import { LEADING_HEADING_NUMBER, expectedHeadingNumbers } from '../../../shared/text/headingNumbers';
import { useBindCommands } from '../../commands/CommandsContext';
import { $isFieldNode } from '../nodes/FieldNode';
import { $isLetterParagraphNode, type LetterParagraphNode } from '../nodes/LetterParagraphNode';

function $selectedParagraphs(): LetterParagraphNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const paragraphs = new Map<string, LetterParagraphNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const top = node.getTopLevelElement() ?? node;
    if ($isLetterParagraphNode(top)) paragraphs.set(top.getKey(), top);
  }
  return [...paragraphs.values()];
}

function setRole(editor: LexicalEditor, role: BlockRole, level?: HeadingLevel) {
  editor.update(() => {
    for (const paragraph of $selectedParagraphs()) paragraph.setRole(role, level);
  });
}

/** 重新编号: every heading gets the number its level and position call for. */
export function $renumberHeadings(): number {
  const paragraphs = $getRoot().getChildren().filter($isLetterParagraphNode);
  const expected = expectedHeadingNumbers(paragraphs.map((p) => ({ role: p.getRole(), level: p.getLevel() })));
  let changed = 0;
  expected.forEach((number, index) => {
    const paragraph = paragraphs[index];
    const first = paragraph.getFirstChild();
    if ($isTextNode(first) && !$isFieldNode(first)) {
      const text = first.getTextContent();
      const typed = LEADING_HEADING_NUMBER.exec(text)?.[0] ?? '';
      if (typed.trim() === number) return;
      first.setTextContent(number + text.slice(typed.length));
    } else if (first) {
      first.insertBefore($createTextNode(number));
    } else {
      paragraph.append($createTextNode(number));
    }
    changed += 1;
  });
  return changed;
}

/** Binds the editing commands of the one command list to this editor. */
export function EditorCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const bindings = useMemo(
    () => ({
      'edit.undo': () => editor.dispatchCommand(UNDO_COMMAND, undefined),
      'edit.redo': () => editor.dispatchCommand(REDO_COMMAND, undefined),
      'format.bold': () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
      'format.body': () => setRole(editor, 'body'),
      'format.heading1': () => setRole(editor, 'heading', 1),
      'format.heading2': () => setRole(editor, 'heading', 2),
      'format.heading3': () => setRole(editor, 'heading', 3),
      'format.heading4': () => setRole(editor, 'heading', 4),
      'format.attachment': () => setRole(editor, 'attachment'),
      'format.renumber': () => editor.update(() => void $renumberHeadings()),
    }),
    [editor],
  );
  useBindCommands(bindings);
  return null;
}
