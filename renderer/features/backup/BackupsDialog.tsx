import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/model/backup';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { describeBackup, restoreBackup } from './backupActions';

/** 备份与恢复: the automatic backups, one made now on request, and going back to any of them. */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const report = (error: unknown) => setMessage(errorMessage(error));
  const refresh = () => call('backups.list', {}).then(setBackups, report);
  useEffect(() => void refresh(), []);

  const backUpNow = () =>
    call('backups.create', {}).then((backup) => {
      setMessage(`已备份：${describeBackup(backup)}`);
      return refresh();
    }, report);
  const restore = (backup: BackupInfo) => {
    if (window.confirm(`恢复到「${describeBackup(backup)}」？现在的数据会先另存为一份备份，不会丢失。`)) restoreBackup(backup).catch(report);
  };

  return (
    <Dialog
      title="备份与恢复"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void backUpNow()}>
            立即备份
          </button>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </>
      }
    >
      <p className="dialog__hint">软件每天、升级前和恢复前都会自动备份，备份放在数据文件旁的 backups 文件夹。</p>
      {backups?.length === 0 && <p>还没有备份。</p>}
      <ul className="template-manager" aria-label="备份列表">
        {backups?.map((backup) => (
          <li key={backup.name}>
            <span>{describeBackup(backup)}</span>
            <button type="button" onClick={() => restore(backup)}>
              恢复到此
            </button>
          </li>
        ))}
      </ul>
      {message && <p role="status">{message}</p>}
    </Dialog>
  );
}
