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
  // Gone from the list at once: connected, the call also tells the server, which may take a while to answer.
  const markRead = useCallback(
    (eventIds: string[]) => {
      if (eventIds.length === 0) return;
      setInbox((shown) => ({ ...shown, notices: shown.notices.filter((notice) => !eventIds.includes(notice.eventId)) }));
      void call('inbox.markRead', { eventIds }).then(refresh, onError);
    },
    [refresh, onError],
  );
  return { inbox, refresh, markRead };
}
