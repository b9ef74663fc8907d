import { useCallback, useState } from 'react';
import type { RevisionSummary } from '../../shared/model/draft';
import { call } from '../api/client';

/** The revisions the history panel lists: undefined while the panel is closed. */
export function useRevisionTimeline(report: (error: unknown) => void) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>();
  /** 比较 was asked for: the history compares its newest version with the text in the editor. */
  const [compareWanted, setCompareWanted] = useState(false);

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

  /** 比较: the newest version beside the text in the editor, the history opened for it. */
  const compareLatest = useCallback(
    (draftId: string) => {
      setCompareWanted(true);
      if (!revisions) show(draftId);
    },
    [revisions, show],
  );
  const compareTaken = useCallback(() => setCompareWanted(false), []);

  return { revisions, show, close, followDraft, refreshIfShown, compareWanted, compareLatest, compareTaken };
}

export type RevisionTimeline = ReturnType<typeof useRevisionTimeline>;
