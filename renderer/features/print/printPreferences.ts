import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_PRINT_PREFERENCES, type PrintPreferences } from '../../../shared/print/preferences';
import { call } from '../../api/client';

/** The remembered print choices, shared by the preview and the editor's page marks, loaded once. */
let current: PrintPreferences | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function publish(next: PrintPreferences): void {
  current = next;
  for (const listener of listeners) listener();
}

function load(): void {
  loading ??= call('print.preferences', {}).then(publish, () => publish(DEFAULT_PRINT_PREFERENCES));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Undefined until the stored preferences have arrived. */
export function usePrintPreferences(): PrintPreferences | undefined {
  useEffect(load, []);
  return useSyncExternalStore(subscribe, () => current);
}

export function updatePrintPreferences(next: PrintPreferences): void {
  publish(next);
  void call('print.savePreferences', next).catch(() => undefined);
}
