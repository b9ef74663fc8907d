import { ApiError } from '../../../../shared/api/errors';
import { runInThread } from '../../threads/runInThread';
import { outOfMemory, readCancelled, SHEET_READ_BUDGET_MS, SHEET_READ_HEAP_MB, tookTooLong } from './sheetLimits';
import type { SheetCells } from './sheetGrid';
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
  return inSheetThread<SheetPlan>(job, options);
}

/** The cells of a sheet (a bureau's 校对词表), read on the sheet thread under the same limits. The bytes are moved. */
export function readSheetInThread(fileName: string, bytes: ArrayBuffer, options: SheetReadOptions = {}): Promise<SheetCells> {
  return inSheetThread<SheetCells>({ fileName, bytes, existingKeys: [], cellsOnly: true }, options);
}

function inSheetThread<R>(job: SheetJob, options: SheetReadOptions): Promise<R> {
  const { fileName } = job;
  const { signal, budgetMs = SHEET_READ_BUDGET_MS, heapMb = SHEET_READ_HEAP_MB } = options;
  return runInThread<SheetJob, R>({
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
