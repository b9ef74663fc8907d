import { createContext, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useBindCommands } from '../../commands/CommandsContext';
import type { CommandBindings } from '../../commands/registry';
import { DockStore, isShown, type DockState } from './dockStore';
import { panelById, type PanelId } from './panels';

const DockContext = createContext<DockStore | null>(null);
const NO_BINDINGS: CommandBindings = {};

export function useCreateDock(): DockStore {
  const [store] = useState(() => new DockStore(typeof localStorage === 'undefined' ? undefined : localStorage));
  return store;
}

export const DockProvider = DockContext.Provider;

export function useDock(): DockStore | null {
  return useContext(DockContext);
}

export function useDockState(store: DockStore): DockState {
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** Whether the panel can be seen, or need not be shown by its toggle (no dock, or the case desk is up). */
function useShown(store: DockStore | null, id: PanelId): boolean {
  const subscribe = store?.subscribe ?? (() => () => {});
  return useSyncExternalStore(subscribe, () => (store ? isShown(store.getState(), id) || store.getState().suspended : true));
}

/**
 * A panel beside the page. Its owner opens it by rendering this and closes it by not rendering it;
 * the dock decides where it stands. While it waits behind a tab or in a closed drawer, its toggle
 * command shows it instead of closing it.
 */
export function DockPanel({ id, children }: { id: PanelId; children: ReactNode }) {
  const store = useDock();
  useLayoutEffect(() => store?.open(id), [store, id]);
  const shown = useShown(store, id);
  const bindings = useMemo(
    () => (shown || !store ? NO_BINDINGS : Object.fromEntries(panelById(id).toggles.map((command) => [command, () => store.reveal(id)]))),
    [shown, store, id],
  );
  useBindCommands(bindings, 'over');
  return store ? createPortal(children, store.slot(id)) : children;
}
