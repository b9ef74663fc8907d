import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';

type TrashedDraft = CallOutput<'drafts.trash'>[number];

const dateTime = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** 回收站: restore a draft with its history, or remove it for good after an explicit confirmation. */
export function TrashDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const [items, setItems] = useState<TrashedDraft[]>([]);
  const [confirming, setConfirming] = useState<TrashedDraft[] | undefined>();
  const [problem, setProblem] = useState('');

  const refresh = useCallback(() => {
    call('drafts.trash', {}).then(setItems, (error: unknown) => setProblem(errorMessage(error)));
  }, []);
  useEffect(refresh, [refresh]);

  const restore = async (draftId: string) => {
    try {
      await call('drafts.undelete', { draftId });
      refresh();
      onRestored();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const purge = async (drafts: TrashedDraft[]) => {
    setConfirming(undefined);
    try {
      for (const draft of drafts) await call('drafts.purge', { draftId: draft.id, confirm: true });
    } catch (error) {
      setProblem(errorMessage(error));
    }
    refresh();
  };

  if (confirming) {
    const what = confirming.length === 1 ? `《${confirming[0].title}》` : `回收站里的全部 ${confirming.length} 份草稿`;
    return (
      <Dialog
        title="彻底删除"
        onClose={() => setConfirming(undefined)}
        actions={
          <>
            <button type="button" onClick={() => setConfirming(undefined)}>
              取消
            </button>
            <button type="button" className="danger" onClick={() => void purge(confirming)}>
              彻底删除
            </button>
          </>
        }
      >
        <p>将彻底删除{what}及其全部版本记录，删除后无法恢复。确定吗？</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title="回收站"
      onClose={onClose}
      actions={
        <>
          <button type="button" disabled={items.length === 0} onClick={() => setConfirming(items)}>
            清空回收站
          </button>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </>
      }
    >
      {problem && <p role="alert">{problem}</p>}
      {items.length === 0 ? (
        <p className="muted">回收站是空的。</p>
      ) : (
        <ul className="trash-list" aria-label="回收站里的草稿">
          {items.map((item) => (
            <li key={item.id}>
              <span>
                {item.title}
                <small className="muted"> · 删除于 {dateTime.format(new Date(item.deletedAt))}</small>
              </span>
              <button type="button" onClick={() => void restore(item.id)}>
                恢复
              </button>
              <button type="button" onClick={() => setConfirming([item])}>
                彻底删除
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
