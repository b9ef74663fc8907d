import { ApiError } from '../../../../shared/api/errors';
import { startModuleWorker } from '../../threads/moduleWorker';
import { outOfMemory, readCancelled, SHEET_READ_BUDGET_MS, SHEET_READ_HEAP_MB, tookTooLong } from './sheetLimits';
import type { SheetJob, SheetPlan, SheetReply } from './sheetMessages';

export interface SheetReadOptions {
  /** Stops the read: the thread is ended and the call refused. */
  signal?: AbortSignal;
  /** Time allowed for the whole read, thread start included. */
  budgetMs?: number;
  /** Heap the thread may use; beyond it the thread is ended. */
  heapMb?: number;
}

/**
 * Reads and sorts a 交办清单 on a thread of its own, so the services go on answering other calls
 * while a large sheet is read, and a read that runs over its time or memory is ended, not waited
 * for. The file's bytes are moved to the thread: `job.bytes` cannot be used afterwards.
 */
export function planSheetInThread(job: SheetJob, options: SheetReadOptions = {}): Promise<SheetPlan> {
  const { fileName } = job;
  const { signal, budgetMs = SHEET_READ_BUDGET_MS, heapMb = SHEET_READ_HEAP_MB } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ApiError('conflict', readCancelled(fileName)));
      return;
    }
    const worker = startModuleWorker(new URL('./sheetWorker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new ApiError('invalid_input', tookTooLong(fileName, budgetMs)))), budgetMs);
    const onAbort = () => finish(() => reject(new ApiError('conflict', readCancelled(fileName))));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: SheetReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.plan);
        else reject(reply.error.code === 'internal' ? new Error(reply.error.message) : ApiError.fromData(reply.error));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ApiError('invalid_input', outOfMemory(fileName)) : error)),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`the sheet thread stopped (exit code ${code}) before it answered`))));

    worker.postMessage(job, job.bytes ? [job.bytes] : []);
  });
}
