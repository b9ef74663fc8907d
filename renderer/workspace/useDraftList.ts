import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSummary } from '../../shared/model/draft';
import type { ListFilter } from '../../shared/search/listFilter';
import { call } from '../api/client';
import { storeChecked } from '../features/backup/storeChecked';

/** The drafts listed at the side, as filtered; `refresh` fetches them again after anything that changes them. */
export function useDraftList(report: (error: unknown) => void) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [filter, setFilter] = useState<ListFilter>({});
  const refresh = useCallback(() => void call('drafts.list', filter).then(setDrafts, report), [report, filter]);
  useEffect(refresh, [refresh]);
  // Damage to a letter's text that the full check after start finds is marked in the list once it is done.
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => void storeChecked().then((health) => health.status === 'sound' && latest.current(), report), [report]);
  return { drafts, refresh, filter, setFilter };
}
