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
import type { HeadingLevel } from '../../../shared/model/document';
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

function setLevel(editor: LexicalEditor, level: HeadingLevel | undefined) {
  editor.update(() => {
    for (const paragraph of $selectedParagraphs()) {
      if (level) paragraph.setRole('heading', level);
      else paragraph.setRole('body');
    }
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
      'format.body': () => setLevel(editor, undefined),
      'format.heading1': () => setLevel(editor, 1),
      'format.heading2': () => setLevel(editor, 2),
      'format.heading3': () => setLevel(editor, 3),
      'format.heading4': () => setLevel(editor, 4),
      'format.renumber': () => editor.update(() => void $renumberHeadings()),
    }),
    [editor],
  );
  useBindCommands(bindings);
  return null;
}
