import type { RevisionSummary } from '../../../shared/model/draft';
import { KIND_LABELS, revisionTime } from '../compare/revisionLabels';
import type { SizeChange } from './sizeChanges';

function sizeChange(revision: RevisionSummary, byId: Map<string, RevisionSummary>, exact: SizeChange | undefined): string {
  const parent = revision.parents[0] ? byId.get(revision.parents[0]) : undefined;
  if (!parent) return `${revision.chars} 字`;
  if (exact) {
    if (exact.added === 0 && exact.removed === 0) return '未改动';
    return exact.removed === 0 ? `+${exact.added} 字` : exact.added === 0 ? `−${exact.removed} 字` : `+${exact.added}/−${exact.removed} 字`;
  }
  const delta = revision.chars - parent.chars;
  return delta === 0 ? '字数不变' : delta > 0 ? `+${delta} 字` : `−${-delta} 字`;
}

/** Revisions that share a parent with another are parallel lines (a second tab, a restore, another PC). */
function parallelIds(revisions: RevisionSummary[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const revision of revisions) for (const parent of revision.parents) children.set(parent, [...(children.get(parent) ?? []), revision.id]);
  return new Set([...children.values()].filter((ids) => ids.length > 1).flatMap((ids) => ids.slice(1)));
}

interface Props {
  revisions: RevisionSummary[];
  sizes: ReadonlyMap<string, SizeChange>;
  selected: readonly string[];
  onToggleSelected: (revisionId: string) => void;
  onCompareSelected: () => void;
  onView: (revision: RevisionSummary) => void;
  onCompareWithWorking: (revision: RevisionSummary) => void;
  onRestore: (revision: RevisionSummary) => void;
  onClose: () => void;
}

/** 版本记录: newest first; tick two to compare them, or open, compare or restore any one. */
export function HistoryPanel({ revisions, sizes, selected, onToggleSelected, onCompareSelected, onView, onCompareWithWorking, onRestore, onClose }: Props) {
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const parallel = parallelIds(revisions);
  return (
    <aside className="history-panel" aria-label="版本记录">
      <header>
        <h2>版本记录</h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      <div className="history-panel__compare">
        <button type="button" disabled={selected.length !== 2} onClick={onCompareSelected}>
          比较勾选的两个版本
        </button>
        <span className="muted">{selected.length === 2 ? '' : `已勾选 ${selected.length}/2`}</span>
      </div>
      <ol>
        {[...revisions].reverse().map((revision) => {
          const label = `${KIND_LABELS[revision.kind]} ${revisionTime.format(new Date(revision.time))}`;
          return (
            <li key={revision.id} aria-label={label} className={parallel.has(revision.id) ? 'history-panel__parallel' : undefined}>
              <div>
                <input
                  type="checkbox"
                  aria-label={`勾选 ${label} 用于比较`}
                  checked={selected.includes(revision.id)}
                  onChange={() => onToggleSelected(revision.id)}
                />
                <strong>{KIND_LABELS[revision.kind]}</strong>
                {parallel.has(revision.id) && <span className="badge">并行版本</span>}
                {revision.parents.length > 1 && <span className="badge">两条线汇合</span>}
                <span className="history-panel__size">{sizeChange(revision, byId, sizes.get(revision.id))}</span>
              </div>
              <div className="history-panel__meta">
                {revisionTime.format(new Date(revision.time))} · {revision.author}
              </div>
              {revision.note && <div className="history-panel__note">{revision.note}</div>}
              <div className="history-panel__actions">
                <button type="button" onClick={() => onView(revision)}>
                  查看
                </button>
                <button type="button" onClick={() => onCompareWithWorking(revision)}>
                  与当前稿比较
                </button>
                <button type="button" onClick={() => onRestore(revision)}>
                  恢复
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
