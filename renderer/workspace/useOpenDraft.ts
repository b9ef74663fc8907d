import { useCallback, useRef, useState } from 'react';
import type { Draft, RevisionSummary } from '../../shared/model/draft';
import type { CallInput } from '../../shared/api/contract';
import { call } from '../api/client';
import type { Autosave } from '../editor/autosaveController';
import type { SaveStatus } from '../editor/saveStatus';
import type { RevisionTimeline } from './useRevisionTimeline';

interface Options {
  timeline: RevisionTimeline;
  /** Fetches the draft list again: opening, creating, renaming or deleting a draft changes it. */
  refreshList: () => void;
  report: (error: unknown) => void;
}

/** The draft in the editor: opening it, leaving it safely, its save status, and what is done to it as a whole. */
export function useOpenDraft({ timeline, refreshList, report }: Options) {
  const { followDraft, refreshIfShown, close: closeTimeline } = timeline;
  const [draft, setDraft] = useState<Draft | undefined>();
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Every keystroke reports 「未保存」; only a change of state may re-render the whole window.
  const onEditorStatus = useCallback((next: SaveStatus) => setSaveStatus((shown) => (shown.kind === 'dirty' && next.kind === 'dirty' ? shown : next)), []);
  // Reopening the same draft (after a parallel edit) must rebuild the editor from the stored copy.
  const [loads, setLoads] = useState(0);
  const autosave = useRef<Autosave | undefined>(undefined);
  const onAutosave = useCallback((value: Autosave | undefined) => (autosave.current = value), []);
  /** Saves the editor's last keystrokes, before anything reads the stored working copy. */
  const flush = useCallback(async () => void (await autosave.current?.flush()), []);

  /** Leaves the open draft safely: its last keystrokes saved, an automatic revision cut if it changed. */
  const leave = useCallback(async () => {
    await autosave.current?.flush();
    if (draft) await call('drafts.close', { draftId: draft.id }).catch(report);
  }, [draft, report]);

  /** Puts a draft in the editor, built afresh from what was loaded. */
  const show = useCallback(
    async (next: Promise<Draft>) => {
      try {
        const shown = await next;
        setSaveStatus({ kind: 'idle' });
        setDraft(shown);
        setLoads((n) => n + 1);
        followDraft(shown.id);
        refreshList();
      } catch (error) {
        report(error);
      }
    },
    [refreshList, report, followDraft],
  );

  const open = useCallback(
    async (draftId: string) => {
      await leave();
      await show(call('drafts.get', { draftId }));
    },
    [leave, show],
  );

  const create = useCallback(
    async (templateId: string) => {
      await leave();
      await show(call('drafts.create', { templateId }));
    },
    [leave, show],
  );

  /** Shows the stored copy again, e.g. after another window's save made this one diverge. */
  const reload = useCallback(async () => {
    if (draft) await show(call('drafts.get', { draftId: draft.id }));
  }, [draft, show]);

  const saveCheckpoint = useCallback(
    async (note: string) => {
      if (!draft) return;
      try {
        await autosave.current?.flush();
        const revision = await call('revisions.checkpoint', { draftId: draft.id, note: note || undefined });
        setSaveStatus({ kind: 'saved', at: revision.time });
        await refreshIfShown(draft.id);
      } catch (error) {
        report(error);
      }
    },
    [draft, report, refreshIfShown],
  );

  const rename = useCallback(
    async (name: string) => {
      if (!draft) return;
      await call('drafts.rename', { draftId: draft.id, name }).then(refreshList, report);
    },
    [draft, refreshList, report],
  );

  const remove = useCallback(async () => {
    if (!draft) return;
    await leave();
    await call('drafts.delete', { draftId: draft.id }).catch(report);
    setDraft(undefined);
    closeTimeline();
    refreshList();
  }, [leave, draft, refreshList, report, closeTimeline]);

  /** The editor's text as saved after its last keystrokes: the working copy a comparison reads. */
  const loadWorkingCopy = useCallback(async () => {
    if (!draft) throw new Error('no open draft');
    await autosave.current?.flush();
    return call('drafts.get', { draftId: draft.id });
  }, [draft]);

  const restore = useCallback(
    async (revision: RevisionSummary) => {
      if (!draft) return;
      try {
        await autosave.current?.flush();
        await call('revisions.restore', { draftId: draft.id, revisionId: revision.id });
      } catch (error) {
        return report(error);
      }
      await show(call('drafts.get', { draftId: draft.id }));
    },
    [draft, report, show],
  );

  /** The clerk's decision on a damaged draft: from a backup, or on from what is shown. */
  const recover = useCallback(
    async (source: CallInput<'drafts.recover'>['source']) => {
      if (!draft) return;
      await show(call('drafts.recover', { draftId: draft.id, source }));
    },
    [draft, show],
  );

  return {
    draft,
    editorKey: draft && `${draft.id}:${loads}`,
    saveStatus,
    onEditorStatus,
    onAutosave,
    flush,
    leave,
    show,
    open,
    create,
    reload,
    saveCheckpoint,
    rename,
    remove,
    loadWorkingCopy,
    restore,
    recover,
  };
}

export type OpenDraft = ReturnType<typeof useOpenDraft>;
