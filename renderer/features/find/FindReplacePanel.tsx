import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { findMatches } from '../../../shared/text/findMatches';
import { $selectMatch, $touchesField, domRangeOf, type ParagraphMatch } from '../../editor/paragraphRanges';
import { $textParagraphs } from '../../editor/tables/textParagraphs';

interface Props {
  withReplace: boolean;
  /** Changes each time 查找 or 替换 is asked for again: the cursor goes to 查找内容. */
  focusRequest: number;
  onClose: () => void;
}

const ALL = 'dafu-find';
const CURRENT = 'dafu-find-current';

function paint(name: string, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** 查找 / 替换: matches are painted without moving the caret; replace-all is one undo step. */
export function FindReplacePanel({ withReplace, focusRequest, onClose }: Props) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<ParagraphMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [withReplace, focusRequest]);

  const search = useCallback(() => {
    const found = editor
      .getEditorState()
      .read(() => $textParagraphs().flatMap(({ node }) => findMatches(node.getTextContent(), query).map((m) => ({ ...m, paragraphKey: node.getKey() }))));
    setMatches(found);
    setCurrent((index) => Math.min(index, Math.max(0, found.length - 1)));
  }, [editor, query]);

  useEffect(() => {
    search();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) search();
    });
  }, [editor, search]);

  useEffect(() => {
    const ranges = matches.map((match) => domRangeOf(editor, match)).filter((range): range is Range => range !== undefined);
    paint(ALL, ranges);
    const focused = matches[current] && domRangeOf(editor, matches[current]);
    paint(CURRENT, focused ? [focused] : []);
    focused?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [editor, matches, current]);

  useEffect(() => () => [ALL, CURRENT].forEach((name) => paint(name, [])), []);

  const step = (delta: number) => setCurrent((index) => (matches.length ? (index + delta + matches.length) % matches.length : 0));

  const close = () => {
    const match = matches[current];
    if (match) editor.update(() => void $selectMatch(match));
    onClose();
    editor.focus();
  };

  const replaceCurrent = () => {
    const match = matches[current];
    if (!match) return;
    editor.update(() => {
      if ($touchesField(match)) return setNotice('这一处在模板字段里，请在字段中修改。');
      if ($selectMatch(match)) {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(replacement);
      }
    });
  };

  const replaceAll = () => {
    let replaced = 0;
    let skipped = 0;
    // One update is one history entry: a single undo brings every replaced text back.
    editor.update(() => {
      for (const match of [...matches].reverse()) {
        if ($touchesField(match)) {
          skipped += 1;
          continue;
        }
        if (!$selectMatch(match)) continue;
        const selection = $getSelection();
        if ($isRangeSelection(selection)) {
          selection.insertText(replacement);
          replaced += 1;
        }
      }
    });
    setNotice(`已替换 ${replaced} 处${skipped ? `，${skipped} 处在模板字段里未替换` : ''}。`);
  };

  const position = useMemo(() => (matches.length ? `第 ${current + 1}/${matches.length} 处` : query ? '没有找到' : ''), [matches, current, query]);

  return (
    <div role="search" aria-label={withReplace ? '替换' : '查找'} className="find-panel">
      <header>
        <h2>{withReplace ? '查找替换' : '查找'}</h2>
        <button type="button" onClick={close} aria-label="关闭查找">
          关闭
        </button>
      </header>
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找内容"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setNotice('');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
          if (event.key === 'Escape') close();
        }}
      />
      <div className="find-panel__row">
        <button type="button" onClick={() => step(-1)} disabled={!matches.length}>
          上一处
        </button>
        <button type="button" onClick={() => step(1)} disabled={!matches.length}>
          下一处
        </button>
        <span className="find-panel__position" aria-live="polite">
          {position}
        </span>
      </div>
      {withReplace && (
        <>
          <input
            aria-label="替换为"
            placeholder="替换为"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
            }}
          />
          <div className="find-panel__row">
            <button type="button" onClick={replaceCurrent} disabled={!matches.length}>
              替换
            </button>
            <button type="button" onClick={replaceAll} disabled={!matches.length}>
              全部替换
            </button>
          </div>
        </>
      )}
      {notice && <p className="find-panel__notice">{notice}</p>}
    </div>
  );
}
