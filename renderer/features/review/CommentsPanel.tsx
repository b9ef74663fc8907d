import { useState } from 'react';
import type { CommentAnchor } from '../../../shared/review/commentAnchor';
import type { CommentThread } from '../../../shared/review/reviewSchemas';

interface Props {
  threads: CommentThread[];
  /** The selected text waiting for its comment, from the 批注 command. */
  pending: CommentAnchor | undefined;
  onAdd: (body: string) => void;
  onCancel: () => void;
  onReply: (commentId: string, body: string) => void;
  onResolve: (commentId: string, resolved: boolean) => void;
  onClose: () => void;
}

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

function Composer({ label, onSend, onCancel }: { label: string; onSend: (body: string) => void; onCancel?: () => void }) {
  const [body, setBody] = useState('');
  return (
    <div className="comment-composer">
      <textarea aria-label={label} placeholder={label} value={body} onChange={(event) => setBody(event.target.value)} autoFocus={onCancel !== undefined} />
      <button type="button" disabled={!body.trim()} onClick={() => (onSend(body.trim()), setBody(''))}>
        {onCancel ? '添加批注' : '回复'}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          取消
        </button>
      )}
    </div>
  );
}

/** 批注: every thread beside the letter, with its quoted text, replies and 已解决. */
export function CommentsPanel({ threads, pending, onAdd, onCancel, onReply, onResolve, onClose }: Props) {
  const open = threads.filter((thread) => !thread.resolvedAt).length;
  return (
    <aside className="comments-panel" aria-label="批注">
      <header>
        <h2>批注（{open} 条未解决）</h2>
        <button type="button" onClick={onClose} aria-label="关闭批注">
          关闭
        </button>
      </header>
      {pending && (
        <div className="comment-thread comment-thread--new">
          <blockquote>{pending.quote}</blockquote>
          <Composer label="批注内容" onSend={onAdd} onCancel={onCancel} />
        </div>
      )}
      {threads.length === 0 && !pending && <p className="comments-panel__hint">选中正文中的文字，点「批注」或按 Ctrl+Alt+M 添加批注。</p>}
      {threads.map((thread) => (
        <article
          key={thread.id}
          className={thread.resolvedAt ? 'comment-thread comment-thread--resolved' : 'comment-thread'}
          aria-label={`批注：${thread.body}`}
        >
          {thread.place && <p className="comment-thread__place">{thread.place}</p>}
          <blockquote>
            {thread.originalAnchor.quote}
            {!thread.anchor && <span className="comment-thread__orphan">（原文已删改）</span>}
          </blockquote>
          {[thread, ...thread.replies].map((entry) => (
            <p key={entry.id} className="comment-entry">
              <strong>{entry.author}</strong>
              {entry.authorUnit && `（${entry.authorUnit}）`} <time>{localTime(entry.time)}</time>
              <br />
              {entry.body}
            </p>
          ))}
          {thread.resolvedAt ? (
            <p className="comment-thread__resolved">
              {thread.resolvedBy} 已标为解决
              <button type="button" onClick={() => onResolve(thread.id, false)}>
                重新打开
              </button>
            </p>
          ) : (
            <>
              <Composer label="回复" onSend={(body) => onReply(thread.id, body)} />
              <button type="button" onClick={() => onResolve(thread.id, true)}>
                已解决
              </button>
            </>
          )}
        </article>
      ))}
    </aside>
  );
}
