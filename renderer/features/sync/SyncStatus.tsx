import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';

/** How often the status bar asks again; a sync itself runs from 文件 or `dafu sync`. */
const READ_EVERY_MS = 30_000;

/** The status bar's 已同步 / 待同步 N 项 / 离线, shown once this PC is connected to the bureau's server. */
export function SyncStatus() {
  const [status, setStatus] = useState<CallOutput<'sync.status'>>();
  useEffect(() => {
    let live = true;
    const read = () =>
      call('sync.status', {}).then(
        (next) => live && setStatus(next),
        () => undefined,
      );
    void read();
    const timer = setInterval(() => void read(), READ_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!status || status.state === 'unconnected') return null;
  return (
    <span className={`app__sync app__sync--${status.state}`} title={status.server ? `单位服务器：${status.server}` : undefined}>
      {status.label}
    </span>
  );
}
