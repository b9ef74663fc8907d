import { ApiError, type ApiErrorData } from '../../../shared/api/errors';
import { startModuleWorker } from './moduleWorker';

/** A thread's answer: its value, or the refusal in the clerk's words (`internal` carries a programming error's stack for the log). */
export type ThreadReply<R> = { ok: true; value: R } | { ok: false; error: ApiErrorData };

export interface ThreadJob<J> {
  /** The worker's bundle, next to the code asking for it (see startModuleWorker). */
  worker: URL;
  job: J;
  /** Buffers moved to the thread, not copied: they cannot be used afterwards. */
  transfer?: ArrayBuffer[];
  /** Time allowed for the whole job, thread start included; beyond it the thread is ended. */
  budgetMs: number;
  /** Heap the thread may use; beyond it the thread is ended. */
  heapMb: number;
  /** Stops the job: the thread is ended and the call refused. */
  signal?: AbortSignal;
  /** The refusals for a job that ran over its time or memory, or was stopped. */
  tookTooLong: () => Error;
  outOfMemory: () => Error;
  cancelled?: () => Error;
}

/**
 * Runs one job on a thread of its own, so the services go on answering other calls while a large
 * file is read, and a job that runs over its time or memory is ended, not waited for.
 */
export function runInThread<J, R>({
  worker: script,
  job,
  transfer = [],
  budgetMs,
  heapMb,
  signal,
  tookTooLong,
  outOfMemory,
  cancelled,
}: ThreadJob<J>): Promise<R> {
  const stopped = cancelled ?? (() => new Error('the thread was stopped'));
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(stopped());
      return;
    }
    const worker = startModuleWorker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(tookTooLong())), budgetMs);
    const onAbort = () => finish(() => reject(stopped()));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: ThreadReply<R>) =>
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else reject(reply.error.code === 'internal' ? new Error(reply.error.message) : ApiError.fromData(reply.error));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) => finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the worker thread stopped (exit code ${code}) before it answered`))));

    worker.postMessage(job, transfer);
  });
}

/**
 * The bytes as a buffer to move to a thread: their own buffer when they fill it (the caller's view
 * cannot be used afterwards), a copy when they are part of a larger one (a small Buffer's pool).
 */
export function movableBytes(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}
