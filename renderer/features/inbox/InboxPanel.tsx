import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';
import { formatCalendarDate } from '../../../shared/fields/formatField';
import { TRANSITIONS } from '../../../shared/review/reviewStates';
import type { Inbox } from './useInbox';

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

interface Props {
  inbox: Inbox;
  onOpen: (draftId: string) => void;
  onCompare: (draftId: string, revisionId: string) => void;
  onRead: (eventIds: string[]) => void;
  onClose: () => void;
}

/** 待我审核: what waits for this user, oldest first, with the case's 办理期限; and what became of the drafts they submitted. */
export function InboxPanel({ inbox, onOpen, onCompare, onRead, onClose }: Props) {
  return (
    <aside className="inbox-panel" aria-label="待我审核">
      <header>
        <h2>待我审核（{inbox.waiting.length}）</h2>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {inbox.waiting.length === 0 && <p className="muted inbox-panel__empty">没有等您审核或签发的草稿。</p>}
      <ol>
        {inbox.waiting.map((item) => (
          <li key={item.draftId} aria-label={item.title}>
            <strong>{item.title}</strong>
            <span>
              {item.sentBy} 于 {localTime(item.since)} 送{item.state === 'approved' ? '签发' : '审核'}（{REVIEW_STATE_LABELS[item.state]}）
            </span>
            <span className={item.dueOn ? 'inbox-panel__due' : 'muted'}>{item.dueOn ? `办理期限：${formatCalendarDate(item.dueOn)}` : '未关联案件'}</span>
            <span className="inbox-panel__actions">
              <button type="button" onClick={() => onOpen(item.draftId)}>
                打开
              </button>
              {item.lastSeenRevisionId && (
                <button type="button" onClick={() => onCompare(item.draftId, item.lastSeenRevisionId!)}>
                  与我上次看过的比较
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      {inbox.notices.length > 0 && (
        <>
          <h3>我送审的草稿</h3>
          <ol>
            {inbox.notices.map((notice) => (
              <li key={notice.eventId} aria-label={`${notice.title}：${TRANSITIONS[notice.action].label}`}>
                <strong>{notice.title}</strong>
                <span>{noticeText(notice)}</span>
                <span className="inbox-panel__actions">
                  <button type="button" onClick={() => onOpen(notice.draftId)}>
                    打开
                  </button>
                  <button type="button" onClick={() => onRead([notice.eventId])}>
                    知道了
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

export function noticeText(notice: Inbox['notices'][number]): string {
  const what = notice.action === 'return' ? '退回修改' : notice.action === 'approve' ? '审核通过' : '签发';
  return `${notice.actor} 于 ${localTime(notice.time)} ${what}${notice.reason ? `：${notice.reason}` : ''}`;
}
