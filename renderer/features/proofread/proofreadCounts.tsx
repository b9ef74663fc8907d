import { useSyncExternalStore } from 'react';
import type { Severity } from '../../../shared/proofread/index';

export type Counts = Record<Severity, number>;

/**
 * The open findings by severity, for the status bar. A small store rather than workspace state, so that a
 * new count re-renders the status bar alone and never the editor.
 */
export interface ProofreadCountsStore {
  set: (counts: Counts | undefined) => void;
  get: () => Counts | undefined;
  subscribe: (listener: () => void) => () => void;
}

export function createProofreadCounts(): ProofreadCountsStore {
  let counts: Counts | undefined;
  const listeners = new Set<() => void>();
  return {
    set(next) {
      if (next && counts && next.error === counts.error && next.warning === counts.warning && next.info === counts.info) return;
      counts = next;
      listeners.forEach((listener) => listener());
    },
    get: () => counts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** 「校对：错误 2 · 提醒 1」 in the status bar while proofreading is on. */
export function ProofreadStatus({ store }: { store: ProofreadCountsStore }) {
  const counts = useSyncExternalStore(store.subscribe, store.get);
  if (!counts) return null;
  const total = counts.error + counts.warning + counts.info;
  return (
    <span className="app__proofread" aria-label="校对结果">
      {total === 0 ? '校对：未发现问题' : `校对：错误 ${counts.error} · 提醒 ${counts.warning} · 建议 ${counts.info}`}
    </span>
  );
}
