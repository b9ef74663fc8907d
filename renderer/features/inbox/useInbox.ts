import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { useSyncStatus } from '../sync/syncStatusStore';

export type Inbox = CallOutput<'inbox.list'>;

/** 待我审核 and the drafter's notices, read at start, after every sync and whenever `refresh` is called. */
export function useInbox(onError: (error: unknown) => void) {
  const [inbox, setInbox] = useState<Inbox>({ waiting: [], notices: [] });
  const lastSyncAt = useSyncStatus()?.lastSyncAt;
  const refresh = useCallback(() => void call('inbox.list', {}).then(setInbox, onError), [onError]);
  useEffect(() => refresh(), [refresh, lastSyncAt]);
  const markRead = useCallback(
    (eventIds: string[]) => eventIds.length > 0 && void call('inbox.markRead', { eventIds }).then(refresh, onError),
    [refresh, onError],
  );
  return { inbox, refresh, markRead };
}
