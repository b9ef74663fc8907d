import { useEffect, useState } from 'react';
import type { Draft, RevisionSummary } from '../../../shared/model/draft';
import { ComparePanel } from '../compare/ComparePanel';
import { inReadingOrder, loadVersion, type LoadedVersion, type VersionRef } from '../compare/versions';
import { HistoryPanel } from './HistoryPanel';
import { RestoreDialog } from './RestoreDialog';
import { revisionLabel } from '../compare/revisionLabels';
import { RevisionView } from './RevisionView';
import { useSizeChanges } from './sizeChanges';
import { DockPanel } from '../../workspace/dock/DockPanel';
import { downloadTrackedWord } from '../docx/wordFiles';

interface Props {
  draft: Draft;
  revisions: RevisionSummary[];
  /** The clerk asked for 比较: the newest version beside the text in the editor. */
  compareWanted: boolean;
  onCompareTaken: () => void;
  /** The editor's text as saved after its last keystrokes. */
  loadWorkingCopy: () => Promise<Draft>;
  onRestore: (revision: RevisionSummary) => Promise<void>;
  onError: (error: unknown) => void;
  onClose: () => void;
}

/** The timeline with what it opens: a read-only old version, a comparison, a restore confirmation. */
export function RevisionHistory({ draft, revisions, compareWanted, onCompareTaken, loadWorkingCopy, onRestore, onError, onClose }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const [viewing, setViewing] = useState<{ revision: RevisionSummary; version: LoadedVersion } | undefined>();
  const [comparing, setComparing] = useState<{ before: LoadedVersion; after: LoadedVersion; refs: [VersionRef, VersionRef] } | undefined>();
  const [restoring, setRestoring] = useState<RevisionSummary | undefined>();
  const sizes = useSizeChanges(revisions, draft.fieldDefinitions);

  const compare = async (a: VersionRef, b: VersionRef) => {
    try {
      const [first, second] = inReadingOrder(a, b);
      const [before, after] = await Promise.all([loadVersion(first, loadWorkingCopy), loadVersion(second, loadWorkingCopy)]);
      setViewing(undefined);
      setComparing({ before, after, refs: [first, second] });
    } catch (error) {
      onError(error);
    }
  };
  const withWorking = (revision: RevisionSummary) => void compare({ kind: 'revision', revision }, { kind: 'working' });
  const newest = revisions.at(-1);
  useEffect(() => {
    if (!compareWanted || !newest) return;
    onCompareTaken();
    withWorking(newest);
  });
  const view = async (revision: RevisionSummary) => {
    try {
      setViewing({ revision, version: await loadVersion({ kind: 'revision', revision }, loadWorkingCopy) });
    } catch (error) {
      onError(error);
    }
  };
  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(-2)));
  const compareSelected = () => {
    const [a, b] = selected.map((id) => revisions.find((revision) => revision.id === id));
    if (a && b) void compare({ kind: 'revision', revision: a }, { kind: 'revision', revision: b });
  };
  /** 导出修订稿 of the later side against the earlier one, which is always a stored revision. */
  const exportTracked = ([first, second]: [VersionRef, VersionRef]) => {
    if (first.kind !== 'revision') return undefined;
    return () => downloadTrackedWord(draft.id, first.revision.id, second.kind === 'revision' ? second.revision.id : undefined).catch(onError);
  };
  const restore = (revision: RevisionSummary) => {
    setRestoring(undefined);
    setViewing(undefined);
    setSelected([]);
    void onRestore(revision);
  };

  return (
    <>
      <DockPanel id="history">
        <HistoryPanel
          revisions={revisions}
          sizes={sizes}
          selected={selected}
          onToggleSelected={toggle}
          onCompareSelected={compareSelected}
          onView={(revision) => void view(revision)}
          onCompareWithWorking={withWorking}
          onRestore={setRestoring}
          onClose={onClose}
        />
      </DockPanel>
      {viewing && (
        <RevisionView
          version={viewing.version}
          definitions={draft.fieldDefinitions}
          onCompare={() => withWorking(viewing.revision)}
          onRestore={() => setRestoring(viewing.revision)}
          onClose={() => setViewing(undefined)}
        />
      )}
      {comparing && (
        <ComparePanel
          before={comparing.before}
          after={comparing.after}
          definitions={draft.fieldDefinitions}
          draftTitle={draft.title}
          onExportTracked={exportTracked(comparing.refs)}
          onClose={() => setComparing(undefined)}
        />
      )}
      {restoring && <RestoreDialog label={revisionLabel(restoring)} onRestore={() => restore(restoring)} onClose={() => setRestoring(undefined)} />}
    </>
  );
}
