import { runInThread } from '../threads/runInThread';
import type { UpkeepJob, UpkeepReport } from './upkeepMessages';

/** Generous: at five years of use the check and the backup take minutes on a busy PC; beyond this something hangs. */
const UPKEEP_BUDGET_MS = 60 * 60_000;
const UPKEEP_HEAP_MB = 512;

/**
 * The full check and the day's backup on a thread of their own, so the app answers calls from the
 * moment it opens; `signal` ends the thread (the store closed).
 */
export function upkeepInThread(job: UpkeepJob, signal: AbortSignal): Promise<UpkeepReport> {
  return runInThread<UpkeepJob, UpkeepReport>({
    worker: new URL('./upkeepWorker.js', import.meta.url),
    job,
    budgetMs: UPKEEP_BUDGET_MS,
    heapMb: UPKEEP_HEAP_MB,
    signal,
    tookTooLong: () => new Error(`the store's check and backup took over ${UPKEEP_BUDGET_MS / 60_000} minutes`),
    outOfMemory: () => new Error("the store's check and backup ran out of memory"),
    cancelled: () => new Error('the store was closed during its check and backup'),
  });
}
