import type { RevisionKind, RevisionSummary } from '../../../shared/model/draft';

const KIND_LABELS: Record<RevisionKind, string> = {
  checkpoint: '手动保存',
  auto: '自动保存',
  restore: '恢复旧版本',
  import: '导入',
  merge: '合并',
  'case-update': '案件信息更新',
};

const time = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

function sizeChange(revision: RevisionSummary, byId: Map<string, RevisionSummary>): string {
  const parent = revision.parents[0] ? byId.get(revision.parents[0]) : undefined;
  if (!parent) return `${revision.chars} 字`;
  const delta = revision.chars - parent.chars;
  return delta === 0 ? '字数不变' : delta > 0 ? `+${delta} 字` : `−${-delta} 字`;
}

/** Revisions that share a parent with another are parallel lines (a second tab, a restore, another PC). */
function parallelIds(revisions: RevisionSummary[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const revision of revisions) for (const parent of revision.parents) children.set(parent, [...(children.get(parent) ?? []), revision.id]);
  return new Set([...children.values()].filter((ids) => ids.length > 1).flatMap((ids) => ids.slice(1)));
}

export function HistoryPanel({ revisions, onClose }: { revisions: RevisionSummary[]; onClose: () => void }) {
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
      <ol>
        {[...revisions].reverse().map((revision) => (
          <li key={revision.id} className={parallel.has(revision.id) ? 'history-panel__parallel' : undefined}>
            <div>
              <strong>{KIND_LABELS[revision.kind]}</strong>
              {parallel.has(revision.id) && <span className="badge">并行版本</span>}
              <span className="history-panel__size">{sizeChange(revision, byId)}</span>
            </div>
            <div className="history-panel__meta">
              {time.format(new Date(revision.time))} · {revision.author}
            </div>
            {revision.note && <div className="history-panel__note">{revision.note}</div>}
          </li>
        ))}
      </ol>
    </aside>
  );
}
