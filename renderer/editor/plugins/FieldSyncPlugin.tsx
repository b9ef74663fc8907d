import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORIC_TAG, HISTORY_MERGE_TAG } from 'lexical';
import type { FieldView } from '../letterBridge';
import { $isFieldNode } from '../nodes/FieldNode';
import { $textParagraphs } from '../tables/textParagraphs';

/** Makes every field token show the field's current value. */
export function $showFieldValues(view: FieldView): void {
  for (const { node: paragraph } of $textParagraphs()) {
    for (const node of paragraph.getChildren()) {
      if ($isFieldNode(node)) node.show(view.text(node.getFieldName()), view.filled(node.getFieldName()));
    }
  }
}

/**
 * Field values live with the draft, edited in the form; the tokens follow them. An undo that brings
 * back an older token text is corrected at once, so the letter never shows a value the form does not.
 */
export function FieldSyncPlugin({ view }: { view: FieldView }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(view);

  useEffect(() => {
    latest.current = view;
    editor.update(() => $showFieldValues(view), { tag: HISTORY_MERGE_TAG });
  }, [editor, view]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has(HISTORIC_TAG)) editor.update(() => $showFieldValues(latest.current), { tag: HISTORY_MERGE_TAG });
      }),
    [editor],
  );
  return null;
}
