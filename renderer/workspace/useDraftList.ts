import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from '../../shared/model/draft';
import { call } from '../api/client';

/** The drafts listed at the side; `refresh` fetches them again after anything that changes them. */
export function useDraftList(report: (error: unknown) => void) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const refresh = useCallback(() => void call('drafts.list', {}).then(setDrafts, report), [report]);
  useEffect(refresh, [refresh]);
  return { drafts, refresh };
}
