import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';

type Status = CallOutput<'sync.status'>;

/** How often the status is asked again between the clerk's own connects and syncs. */
const READ_EVERY_MS = 30_000;

const listeners = new Set<(status: Status) => void>();

/** Asks the service for the sync status now and tells every listener; after a connect or a sync. */
export function refreshSyncStatus(): void {
  void call('sync.status', {}).then(
    (status) => listeners.forEach((listener) => listener(status)),
    () => undefined,
  );
}

/** The PC's sync status, read at once, every half minute, and whenever refreshSyncStatus is called. */
export function useSyncStatus(): Status | undefined {
  const [status, setStatus] = useState<Status>();
  useEffect(() => {
    listeners.add(setStatus);
    refreshSyncStatus();
    const timer = setInterval(refreshSyncStatus, READ_EVERY_MS);
    return () => {
      listeners.delete(setStatus);
      clearInterval(timer);
    };
  }, []);
  return status;
}
