import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';

/**
 * The file reads of one dialog or panel (a 交办清单, a Word file, a .dafu package): each one named, so
 * that a newer read, closing the dialog or 停止读取 stops the one still running on the service side
 * (uploads.stopRead) instead of leaving it to finish unseen.
 */
export function useStoppableRead() {
  const running = useRef<string | undefined>(undefined);
  const [reading, setReading] = useState(false);

  const stop = useCallback(() => {
    const requestId = running.current;
    running.current = undefined;
    setReading(false);
    if (requestId) void call('uploads.stopRead', { requestId }).catch(() => undefined);
  }, []);

  /** Runs `read` with a fresh request id; resolves to undefined when it was stopped or replaced meanwhile. */
  const read = useCallback(
    async <T>(work: (requestId: string) => Promise<T>): Promise<T | undefined> => {
      stop();
      const requestId = crypto.randomUUID();
      running.current = requestId;
      setReading(true);
      try {
        const result = await work(requestId);
        return running.current === requestId ? result : undefined;
      } catch (error) {
        if (running.current === requestId) throw error;
        return undefined;
      } finally {
        if (running.current === requestId) {
          running.current = undefined;
          setReading(false);
        }
      }
    },
    [stop],
  );

  useEffect(() => stop, [stop]);
  return { read, stop, reading };
}
