/**
 * Reads still running on threads (a 交办清单, a .docx, a .dafu package), by the request id the page
 * named each with: closing its dialog or 停止读取 stops it on the service side instead of leaving it to
 * finish unseen. One registry per service context, so one call stops any kind of read.
 */
export interface NamedReads {
  /** Runs `read` with a signal that stopRead(requestId) aborts; without an id the read cannot be stopped. */
  run<T>(requestId: string | undefined, read: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>;
  /** Stops the read of that name; false when none is running (it ended, or has not begun: then it is stopped as it begins). */
  stop(requestId: string): boolean;
}

const registries = new WeakMap<object, NamedReads>();

/** Stops asked for before their read began (the file still on its way): that many are remembered. */
const EARLY_STOPS_KEPT = 64;

export function namedReads(owner: object): NamedReads {
  let registry = registries.get(owner);
  if (!registry) {
    const running = new Map<string, AbortController>();
    const stoppedEarly = new Set<string>();
    registry = {
      async run(requestId, read) {
        if (requestId === undefined) return read(undefined);
        const controller = new AbortController();
        if (stoppedEarly.delete(requestId)) controller.abort();
        running.get(requestId)?.abort();
        running.set(requestId, controller);
        try {
          return await read(controller.signal);
        } finally {
          if (running.get(requestId) === controller) running.delete(requestId);
        }
      },
      stop(requestId) {
        const controller = running.get(requestId);
        controller?.abort();
        if (!controller) {
          stoppedEarly.add(requestId);
          if (stoppedEarly.size > EARLY_STOPS_KEPT) stoppedEarly.delete(stoppedEarly.values().next().value!);
        }
        return controller !== undefined;
      },
    };
    registries.set(owner, registry);
  }
  return registry;
}
