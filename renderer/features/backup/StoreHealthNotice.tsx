import { useEffect, useState } from 'react';
import type { BackupInfo, StoreHealth } from '../../../shared/model/backup';
import { errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { describeBackup, restoreBackup } from './backupActions';
import { storeChecked } from './storeChecked';

/**
 * What the store said about itself at start (and, for damage, when its check after start is done): a damaged database is explained and the newest
 * backup that passes the check is offered; a database on a network share gets a notice.
 */
export function StoreHealthNotice() {
  const [health, setHealth] = useState<StoreHealth | undefined>();
  const [noticeSeen, setNoticeSeen] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    const report = (error: unknown) => setProblem(errorMessage(error));
    const { first, checked } = storeChecked();
    first.then(setHealth, report);
    // The full check runs after start: damage it finds is shown when it is done.
    checked.then(setHealth, report);
  }, []);

  const restore = async (backup: BackupInfo) => {
    setRestoring(true);
    try {
      await restoreBackup(backup);
    } catch (error) {
      setProblem(errorMessage(error));
      setRestoring(false);
    }
  };

  if (health?.status === 'damaged') {
    const offer = health.recommended;
    return (
      <Dialog
        title="数据库已损坏"
        onClose={() => {}}
        actions={
          offer && (
            <button type="button" disabled={restoring} onClick={() => void restore(offer)}>
              {restoring ? '正在恢复…' : '从这份备份恢复'}
            </button>
          )
        }
      >
        <p>{health.problem}</p>
        {offer ? (
          <p>
            最近一份完好的备份是<strong>{describeBackup(offer)}</strong>
            。恢复后，这之后的修改会丢失；损坏的文件会原样留存在备份文件夹中，可交信息化人员尝试找回。
          </p>
        ) : (
          <p>没有找到完好的备份。请不要删除数据库文件，联系信息化人员处理。</p>
        )}
        {problem && <p role="alert">{problem}</p>}
      </Dialog>
    );
  }
  if (health?.notice && !noticeSeen) {
    return (
      <div role="status" className="alert">
        {health.notice}
        <button type="button" onClick={() => setNoticeSeen(true)}>
          知道了
        </button>
      </div>
    );
  }
  return null;
}
