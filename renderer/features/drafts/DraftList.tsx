import type { DraftSummary } from '../../../shared/model/draft';
import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';

interface Props {
  drafts: DraftSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

const dateTime = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

export function DraftList({ drafts, selectedId, onSelect }: Props) {
  if (drafts.length === 0) {
    return <p className="draft-list__empty">还没有草稿。点上方「新建答复」，从模板开始起草。</p>;
  }
  return (
    <ul className="draft-list" aria-label="草稿列表">
      {drafts.map((draft) => (
        <li key={draft.id}>
          <button
            type="button"
            className="draft-list__item"
            aria-current={draft.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(draft.id)}
          >
            <span className="draft-list__title">{draft.title}</span>
            <span className="draft-list__meta">
              {REVIEW_STATE_LABELS[draft.reviewState]} · {draft.chars} 字
              {draft.unfilled > 0 ? ` · ${draft.unfilled} 处待填` : ''} · {dateTime.format(new Date(draft.updatedAt))}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
