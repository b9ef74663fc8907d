import { ApiError } from '../../../../shared/api/errors';
import { runInThread } from '../../threads/runInThread';
import { outOfMemory, readCancelled, SHEET_READ_BUDGET_MS, SHEET_READ_HEAP_MB, tookTooLong } from './sheetLimits';
import type { SheetJob, SheetPlan } from './sheetMessages';

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
  return runInThread<SheetJob, SheetPlan>({
    worker: new URL('./sheetWorker.js', import.meta.url),
    job,
    transfer: job.bytes ? [job.bytes] : [],
    budgetMs,
    heapMb,
    signal,
    tookTooLong: () => new ApiError('invalid_input', tookTooLong(fileName, budgetMs)),
    outOfMemory: () => new ApiError('invalid_input', outOfMemory(fileName)),
    cancelled: () => new ApiError('conflict', readCancelled(fileName)),
  });
}
