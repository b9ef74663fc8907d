import { useSyncStatus } from './syncStatusStore';

/** The status bar's 已同步 / 待同步 N 项 / 离线, shown once this PC is connected to the bureau's server. */
export function SyncStatus() {
  const status = useSyncStatus();
  if (!status || status.state === 'unconnected') return null;
  return (
    <span className={`app__sync app__sync--${status.state}`} title={status.server ? `单位服务器：${status.server}` : undefined}>
      {status.label}
    </span>
  );
}
