import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { countWords } from '../../../shared/text/wordCount';
import { estimatePages } from '../../../shared/text/pageEstimate';
import { $textParagraphs } from '../tables/textParagraphs';

export interface LetterMetrics {
  words: number;
  pages: number;
}

const SETTLE_MS = 250;

/** 字数 and 页数, recomputed shortly after typing settles rather than on every keystroke. */
export function LetterMetricsPlugin({ onMetrics }: { onMetrics: (metrics: LetterMetrics) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () =>
      editor.getEditorState().read(() => {
        const blocks = $textParagraphs().map(({ node, role }) => ({ role, text: node.getTextContent() }));
        onMetrics({ words: countWords(blocks.map((b) => b.text).join('\n')), pages: estimatePages(blocks) });
      });
    measure();
    const unregister = editor.registerUpdateListener(() => {
      clearTimeout(timer);
      timer = setTimeout(measure, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onMetrics]);
  return null;
}
