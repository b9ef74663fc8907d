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
  // Damage to a letter's text that the full check after start finds is marked in the list once it is done: read again only when the check ran meanwhile and found some.
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const { first, checked } = storeChecked();
    void Promise.all([first, checked]).then(
      ([before, after]) => before.checking && after.status === 'sound' && after.damagedDrafts > 0 && latest.current(),
      report,
    );
  }, [report]);
  return { drafts, refresh, filter, setFilter };
}
