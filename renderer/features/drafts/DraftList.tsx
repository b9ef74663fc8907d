import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DraftSummary } from '../../../shared/model/draft';
import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';
import type { ListFilter } from '../../../shared/search/listFilter';
import { ListFilterBar } from '../../components/ListFilterBar';

interface Props {
  drafts: DraftSummary[];
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

type SortKey = 'updated' | 'title' | 'chars';

const SORTERS: Record<SortKey, (a: DraftSummary, b: DraftSummary) => number> = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  title: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
  chars: (a, b) => b.chars - a.chars,
};

const dateTime = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export function DraftList({ drafts, filter: listFilter, onFilter, selectedId, onSelect }: Props) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const shown = useMemo(() => drafts.filter((draft) => draft.title.includes(filter.trim())).sort(SORTERS[sort]), [drafts, filter, sort]);

  return (
    <>
      <div className="draft-list__controls">
        <input aria-label="筛选草稿" placeholder="按标题筛选" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <select aria-label="排序" value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
          <option value="updated">最近修改</option>
          <option value="title">按标题</option>
          <option value="chars">按字数</option>
        </select>
      </div>
      <ListFilterBar value={listFilter} onChange={onFilter} />
      {drafts.length === 0 ? (
        <p className="draft-list__empty">
          {Object.keys(listFilter).length > 0 ? '没有符合筛选条件的草稿。' : '还没有草稿。点上方「新建答复」，从模板开始起草。'}
        </p>
      ) : (
        <DraftRows drafts={shown} selectedId={selectedId} onSelect={onSelect} />
      )}
    </>
  );
}

/** An entry's height before it is measured: title and one line of facts. */
const ESTIMATED_ROW_HEIGHT = 58;

/** Five years of drafts: only the entries in view (and a few around) are in the page. */
function DraftRows({ drafts, selectedId, onSelect }: { drafts: DraftSummary[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: drafts.length, getScrollElement: () => scroller.current, estimateSize: () => ESTIMATED_ROW_HEIGHT, overscan: 8 });
  const selectedIndex = drafts.findIndex((draft) => draft.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) rows.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [rows, selectedIndex]);

  return (
    <div className="draft-list__scroller" ref={scroller}>
      <ul className="draft-list" aria-label="草稿列表" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((row) => {
          const draft = drafts[row.index];
          return (
            <li
              key={draft.id}
              ref={rows.measureElement}
              data-index={row.index}
              aria-setsize={drafts.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button type="button" className="draft-list__item" aria-current={draft.id === selectedId ? 'true' : undefined} onClick={() => onSelect(draft.id)}>
                <span className="draft-list__title">{draft.title}</span>
                {draft.damaged && <span className="draft-list__damaged">已损坏，打开后可恢复</span>}
                <span className="draft-list__meta">
                  {REVIEW_STATE_LABELS[draft.reviewState]} · {draft.chars} 字{draft.unfilled > 0 ? ` · ${draft.unfilled} 处待填` : ''} ·{' '}
                  {dateTime.format(new Date(draft.updatedAt))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
