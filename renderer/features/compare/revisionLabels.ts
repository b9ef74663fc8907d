import type { RevisionKind, RevisionSummary } from '../../../shared/model/draft';

export const KIND_LABELS: Record<RevisionKind, string> = {
  checkpoint: '手动保存',
  auto: '自动保存',
  restore: '恢复旧版本',
  import: '导入',
  merge: '合并',
  'case-update': '案件信息更新',
};

export const revisionTime = new Intl.DateTimeFormat('zh-CN', {
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** How a revision is named in a comparison or a dialog: 「手动保存 5/26 09:30:12（送科长审核前）」. */
export function revisionLabel(revision: RevisionSummary): string {
  const note = revision.note ? `（${revision.note}）` : '';
  return `${KIND_LABELS[revision.kind]} ${revisionTime.format(new Date(revision.time))}${note}`;
}
