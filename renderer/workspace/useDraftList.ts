import { useCallback, useEffect, useState } from 'react';
import type { DraftSummary } from '../../shared/model/draft';
import type { ListFilter } from '../../shared/search/listFilter';
import { call } from '../api/client';

/** The drafts listed at the side, as filtered; `refresh` fetches them again after anything that changes them. */
export function useDraftList(report: (error: unknown) => void) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [filter, setFilter] = useState<ListFilter>({});
  const refresh = useCallback(() => void call('drafts.list', filter).then(setDrafts, report), [report, filter]);
  useEffect(refresh, [refresh]);
  return { drafts, refresh, filter, setFilter };
}
