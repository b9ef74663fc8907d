import { useEffect, useMemo, useState } from 'react';
import { call } from '../api/client';
import type { CommandId } from '../../shared/commands/commandList';
import { useBindCommands } from '../commands/CommandsContext';
import { nextZoom } from '../features/zoom';
import type { CaseDeskView } from './useCaseDesk';
import type { OpenDraft } from './useOpenDraft';
import type { RevisionTimeline } from './useRevisionTimeline';

interface Options {
  current: OpenDraft;
  timeline: RevisionTimeline;
  desk: CaseDeskView;
  toggleProofreading: () => void;
  importText: () => Promise<void>;
  /** Why the letter cannot be changed now (damaged, or locked after 签发): its editing commands say so. */
  locked: string | undefined;
}

const EDITING: readonly CommandId[] = [
  'edit.undo',
  'edit.redo',
  'edit.replace',
  'format.bold',
  'format.body',
  'format.heading1',
  'format.heading2',
  'format.heading3',
  'format.heading4',
  'format.attachment',
  'format.renumber',
];

/** Zooms the whole window; only the 视图 commands change it. */
function useWindowZoom() {
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    document.documentElement.style.zoom = String(zoom);
  }, [zoom]);
  return setZoom;
}

/**
 * Binds the commands the workspace performs itself to the menus, toolbar and shortcuts. Commands
 * that open a dialog are bound by the dialog host, features' own commands by the features.
 */
export function useWorkspaceCommands({ current, timeline, desk, toggleProofreading, importText, locked }: Options) {
  const setZoom = useWindowZoom();

  const proofreadBindings = useMemo(() => ({ 'proofread.toggle': toggleProofreading }), [toggleProofreading]);
  useBindCommands(proofreadBindings);

  const { toggle: toggleDesk, importCases } = desk;
  const deskBindings = useMemo(
    () => ({
      'view.cases': toggleDesk,
      'cases.import': importCases,
      'search.focus': () => document.querySelector<HTMLInputElement>('.search-box input')?.focus(),
    }),
    [toggleDesk, importCases],
  );
  useBindCommands(deskBindings);

  const { draft, leave, show, remove } = current;
  const { revisions, show: showHistory, close: closeHistory, compareLatest } = timeline;
  const bindings = useMemo(
    () => ({
      'file.importText': () => void importText(),
      'view.zoomIn': () => setZoom((zoom) => nextZoom(zoom, 1)),
      'view.zoomOut': () => setZoom((zoom) => nextZoom(zoom, -1)),
      'view.zoomReset': () => setZoom(1),
      ...(draft && {
        'draft.duplicate': () => void leave().then(() => show(call('drafts.duplicate', { draftId: draft.id }))),
        'draft.delete': () => void remove(),
        'view.history': () => (revisions ? closeHistory() : showHistory(draft.id)),
        'review.compare': () => compareLatest(draft.id),
      }),
    }),
    [draft, revisions, leave, show, remove, showHistory, closeHistory, compareLatest, importText, setZoom],
  );
  useBindCommands(bindings);

  const lockBindings = useMemo(() => (locked ? Object.fromEntries(EDITING.map((id) => [id, { unavailable: locked }])) : {}), [locked]);
  useBindCommands(lockBindings, 'over');
}
