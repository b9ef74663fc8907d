import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Comparison, Granularity } from '../../../shared/diff/types';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { useBindCommands } from '../../commands/CommandsContext';
import { Dialog } from '../../components/Dialog';
import { ChangeTableView } from './ChangeTableView';
import { InlineView } from './InlineView';
import { Segments } from './Segments';
import { SideBySideView } from './SideBySideView';
import { useComparison } from './useComparison';
import type { LoadedVersion } from './versions';

type View = 'side' | 'inline' | 'table';

const VIEWS: { id: View; label: string }[] = [
  { id: 'side', label: '并排对照' },
  { id: 'inline', label: '逐段标注' },
  { id: 'table', label: '修改对照表' },
];

interface Props {
  before: LoadedVersion;
  after: LoadedVersion;
  definitions: readonly FieldDefinition[];
  draftTitle: string;
  /** 导出修订稿: the later version as a .docx with Word's 修订 marks against the earlier one; absent where it cannot be made. */
  onExportTracked?: () => Promise<unknown>;
  onClose: () => void;
}

/** 比较版本: two versions side by side or inline, stepped through change by change (F7 / Shift+F7). */
export function ComparePanel({ before, after, definitions, draftTitle, onExportTracked, onClose }: Props) {
  const [view, setView] = useState<View>('side');
  const [granularity, setGranularity] = useState<Granularity>('word');
  const [current, setCurrent] = useState(0);
  const [printing, setPrinting] = useState(false);
  const body = useRef<HTMLDivElement>(null);

  const state = useComparison(before, after, definitions, granularity);
  const comparison = state.status === 'done' ? state.comparison : null;
  const total = comparison?.changes.length ?? 0;
  const currentRow = comparison?.changes[current]?.row ?? null;

  const step = useCallback((delta: number) => setCurrent((index) => (total ? (index + delta + total) % total : 0)), [total]);
  useBindCommands(useMemo(() => ({ 'compare.next': () => step(1), 'compare.previous': () => step(-1) }), [step]));

  useEffect(() => setCurrent(0), [comparison]);
  useEffect(() => {
    const target = body.current?.querySelector('[data-current="true"]') ?? body.current?.querySelector('[data-current-row="true"]');
    target?.scrollIntoView({ block: 'center' });
  }, [current, view, comparison]);
  useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);

  const table = comparison && <ChangeTableView comparison={comparison} draftTitle={draftTitle} beforeLabel={before.label} afterLabel={after.label} />;

  return (
    <Dialog
      title="比较版本"
      wide
      onClose={onClose}
      actions={
        <>
          {onExportTracked && (
            <button type="button" onClick={() => void onExportTracked()} title="给用 WPS 或 Word 审阅的领导：每处修改都带修订标记、修改人和时间">
              导出修订稿…
            </button>
          )}
          {view === 'table' && comparison && (
            <button type="button" onClick={() => setPrinting(true)}>
              打印对照表
            </button>
          )}
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </>
      }
    >
      <p className="compare__versions">
        修改前：{before.label}
        <br />
        修改后：{after.label}
      </p>
      <div className="compare__controls">
        <div role="group" aria-label="显示方式">
          {VIEWS.map(({ id, label }) => (
            <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
              {label}
            </button>
          ))}
        </div>
        <div role="group" aria-label="比较粒度">
          <button type="button" aria-pressed={granularity === 'word'} onClick={() => setGranularity('word')}>
            按词
          </button>
          <button type="button" aria-pressed={granularity === 'char'} onClick={() => setGranularity('char')}>
            按字
          </button>
        </div>
        <div role="group" aria-label="逐处查看">
          <button type="button" onClick={() => step(-1)} disabled={!total} title="Shift+F7">
            上一处
          </button>
          <span className="compare__position" aria-live="polite">
            {!comparison ? '' : total ? `第 ${current + 1}/${total} 处` : '两个版本相同'}
          </span>
          <button type="button" onClick={() => step(1)} disabled={!total} title="F7">
            下一处
          </button>
        </div>
      </div>
      {state.status === 'comparing' && (
        <p role="status" className="compare__busy">
          正在比较…
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="compare__fallback">
          比较没有完成（{state.message}）。请关闭后重新比较。
        </p>
      )}
      {comparison && (
        <ComparisonBody
          comparison={comparison}
          view={view}
          current={current}
          currentRow={currentRow}
          table={table}
          ranOnPage={state.status === 'done' && state.ranIn === 'page'}
          bodyRef={body}
        />
      )}
      {printing && createPortal(<div className="change-table-print">{table}</div>, document.body)}
    </Dialog>
  );
}

interface BodyProps {
  comparison: Comparison;
  view: View;
  current: number;
  currentRow: number | null;
  table: ReactNode;
  ranOnPage: boolean;
  bodyRef: RefObject<HTMLDivElement | null>;
}

function ComparisonBody({ comparison, view, current, currentRow, table, ranOnPage, bodyRef }: BodyProps) {
  const { summary } = comparison;
  return (
    <>
      <p className="compare__summary" aria-label="修改统计">
        改动 {summary.paragraphsChanged} 段 · 增加 {summary.charsAdded} 字 · 删除 {summary.charsRemoved} 字
        {comparison.fieldChanges.length > 0 && ` · 字段 ${comparison.fieldChanges.length} 项`}
      </p>
      {ranOnPage && (
        <p role="note" className="compare__fallback">
          这台电脑不能在后台比较，比较很长的稿子时，输入可能会停顿片刻。
        </p>
      )}
      {comparison.fallback && (
        <p role="note" className="compare__fallback">
          {comparison.fallback.note}
        </p>
      )}
      <div className="compare__body" ref={bodyRef}>
        {view !== 'table' && comparison.fieldChanges.length > 0 && (
          <ul className="compare__fields" aria-label="字段修改">
            {comparison.changes.map((change, index) =>
              change.kind === 'field' ? (
                <li key={index} data-current={index === current ? 'true' : undefined}>
                  {comparison.fieldChanges.find((field) => field.name === change.field)?.label ?? change.field}：
                  <Segments
                    segments={[
                      { text: change.before, mark: 'removed' },
                      { text: change.after, mark: 'added' },
                    ]}
                  />
                </li>
              ) : null,
            )}
          </ul>
        )}
        {view === 'side' && <SideBySideView comparison={comparison} current={current} currentRow={currentRow} />}
        {view === 'inline' && <InlineView comparison={comparison} current={current} currentRow={currentRow} />}
        {view === 'table' && table}
      </div>
    </>
  );
}
