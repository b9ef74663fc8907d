/**
 * Reads still running on threads (a 交办清单, a .docx, a .dafu package), by the request id the page
 * named each with: closing its dialog or 停止读取 stops it on the service side instead of leaving it to
 * finish unseen. One registry per service context, so one call stops any kind of read.
 */
export interface NamedReads {
  /** Runs `read` with a signal that stopRead(requestId) aborts; without an id the read cannot be stopped. */
  run<T>(requestId: string | undefined, read: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>;
  /** Stops the read of that name; false when none is running (it ended, or never began). */
  stop(requestId: string): boolean;
}

const registries = new WeakMap<object, NamedReads>();

export function namedReads(owner: object): NamedReads {
  let registry = registries.get(owner);
  if (!registry) {
    const running = new Map<string, AbortController>();
    registry = {
      async run(requestId, read) {
        if (requestId === undefined) return read(undefined);
        const controller = new AbortController();
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
        return controller !== undefined;
      },
    };
    registries.set(owner, registry);
  }
  return registry;
}
