import { ApiError } from '../../../shared/api/errors';
import { MAX_PACKAGE_BYTES, PackageRefused, type Manifest } from '../../../shared/review/packageFormat';
import { PACKAGE_LIMITS, PACKAGE_TOO_BIG, tookTooLongMessage } from '../../../shared/review/packageLimits';
import type { ArrivedPayload } from './arrivedPayload';
import { runInThread } from '../threads/runInThread';

/** Heap the thread reading a package may use: its payload inflates to at most 128 MB of JSON. */
export const PACKAGE_READ_HEAP_MB = 1_024;

/** A .dafu package to unzip and check: its bytes, moved to the thread, and the newest schema this app reads. */
export interface PackageJob {
  bytes: ArrayBuffer;
  supportedSchemaVersion: number;
}

export interface PackageRead {
  manifest: Manifest;
  /** Its revisions' texts already turned into stored bytes (see prepareArrival). */
  payload: ArrivedPayload;
}

export interface PackageReadOptions {
  /** Time allowed for the read, thread start included; beyond it the thread is ended. */
  budgetMs?: number;
  /** Heap the thread may use; beyond it the thread is ended. */
  heapMb?: number;
  /** Stops the read: the thread is ended and the package refused. */
  signal?: AbortSignal;
}

export const PACKAGE_READ_STOPPED = '已停止读取这个草稿包，本机的数据没有改动。';

export function packageOutOfMemory(): string {
  return '这个草稿包太大，读的时候内存不够，已停止，本机的数据没有改动。这个文件可能已损坏或被改动过，请让对方重新导出一份。';
}

/**
 * Unzips and checks a package (readPackage) and prepares its revisions for the store on a thread of
 * its own, so the services go on answering other calls while a large package is read. Refuses it with PackageRefused, in the same words as
 * readPackage. The thread is given a copy of the bytes: the caller's stay usable.
 */
export async function readPackageInThread(bytes: Uint8Array, supportedSchemaVersion: number, options: PackageReadOptions = {}): Promise<PackageRead> {
  const { budgetMs = PACKAGE_LIMITS.importMs, heapMb = PACKAGE_READ_HEAP_MB, signal } = options;
  if (bytes.length > MAX_PACKAGE_BYTES) throw new PackageRefused(PACKAGE_TOO_BIG);
  const copy = new Uint8Array(bytes).buffer;
  try {
    return await runInThread<PackageJob, PackageRead>({
      worker: new URL('./packageWorker.js', import.meta.url),
      job: { bytes: copy, supportedSchemaVersion },
      transfer: [copy],
      budgetMs,
      heapMb,
      tookTooLong: () => new PackageRefused(tookTooLongMessage(budgetMs)),
      outOfMemory: () => new PackageRefused(packageOutOfMemory()),
      signal,
      cancelled: () => new ApiError('conflict', PACKAGE_READ_STOPPED),
    });
  } catch (error) {
    // the thread's refusals come back as ApiErrors (see packageWorker.ts)
    if (error instanceof ApiError && error.code === 'invalid_input') throw new PackageRefused(error.message);
    throw error;
  }
}
