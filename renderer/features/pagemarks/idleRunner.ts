export interface IdleRunnerOptions {
  /** Quiet time after the last change before the work starts. */
  delayMs: number;
  /** True while the work must wait (an IME composition is open). */
  busy: () => boolean;
  /** Waits for the browser to be idle; requestIdleCallback in the app. */
  whenIdle: (start: () => void) => void;
}

export interface IdleRunner {
  /** Something changed: (re)start the quiet period. */
  changed(): void;
  dispose(): void;
}

/**
 * Runs expensive work only when typing has paused: each change restarts the wait, the work waits
 * for idle time and for any composition to end, and never runs twice at once; a change that comes
 * in while it runs gets another run afterwards.
 */
export function createIdleRunner(work: () => Promise<void>, { delayMs, busy, whenIdle }: IdleRunnerOptions): IdleRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let pending = false;
  let disposed = false;

  const start = () => {
    if (disposed) return;
    if (busy()) return changed();
    running = true;
    pending = false;
    void work()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (pending) changed();
      });
  };

  function changed() {
    if (disposed) return;
    if (running) {
      pending = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => whenIdle(start), delayMs);
  }

  return {
    changed,
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
