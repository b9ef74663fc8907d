import { useSyncExternalStore } from 'react';

/**
 * The letter's printed page count from a layout of it (page marks, print preview), for the status
 * bar. It holds a count only while that layout is of the text on screen: an edit forgets it until the
 * next layout, and a layout that started before the edit is not taken. A store rather than workspace state, so that a new
 * count re-renders the status bar alone.
 */
export interface PrintedPagesStore {
  /** The text on screen, as a token a layout takes when it starts. */
  text(): number;
  /** The letter or its fields changed, or another letter opens: the count no longer holds. */
  forget(): void;
  /** A layout of the text as it was at `text` came to `pages` pages. */
  laidOut(pages: number, text: number): void;
  get(): number | undefined;
  subscribe(listener: () => void): () => void;
}

export function createPrintedPages(): PrintedPagesStore {
  let version = 0;
  let pages: number | undefined;
  const listeners = new Set<() => void>();
  const show = (next: number | undefined) => {
    if (next === pages) return;
    pages = next;
    listeners.forEach((listener) => listener());
  };
  return {
    text: () => version,
    forget() {
      version += 1;
      show(undefined);
    },
    laidOut(count, text) {
      if (text === version) show(count);
    },
    get: () => pages,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** 「共 7 页」 when the print layout of the text on screen is known; otherwise the estimate, 「约 7 页」. */
export function pageCountLabel(estimate: number, printed: number | undefined): string {
  return printed === undefined ? `约 ${estimate} 页` : `共 ${printed} 页`;
}

export function PageCount({ estimate, store }: { estimate: number; store: PrintedPagesStore }) {
  const printed = useSyncExternalStore(store.subscribe, store.get);
  return <>{pageCountLabel(estimate, printed)}</>;
}
