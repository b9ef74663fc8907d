import { useCallback, useState } from 'react';
import type { RevisionSummary } from '../../shared/model/draft';
import { call } from '../api/client';

/** The revisions the history panel lists: undefined while the panel is closed. */
export function useRevisionTimeline(report: (error: unknown) => void) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>();

  const show = useCallback((draftId: string) => void call('revisions.list', { draftId }).then(setRevisions, report), [report]);
  const close = useCallback(() => setRevisions(undefined), []);

  /** Another draft, or a fresh copy of this one, is now in the editor: an open panel empties and lists its revisions. */
  const followDraft = useCallback(
    (draftId: string) => {
      setRevisions((shown) => (shown ? [] : undefined));
      if (revisions) show(draftId);
    },
    [revisions, show],
  );

  /** Lists the revisions again only while the panel is open: saving a version must not open it. */
  const refreshIfShown = useCallback(async (draftId: string) => {
    const latest = await call('revisions.list', { draftId });
    setRevisions((shown) => (shown ? latest : shown));
  }, []);

  return { revisions, show, close, followDraft, refreshIfShown };
}

export type RevisionTimeline = ReturnType<typeof useRevisionTimeline>;
