import { ApiError } from '../../../shared/api/errors';
import type { ImportedTrackedDocx } from '../../../shared/docx/trackedImport';
import { movableBytes, runInThread } from '../threads/runInThread';
import { readCancelled } from '../cases/sheets/sheetLimits';

/** How long reading one .docx may take, and the memory its thread may use, before it is stopped. */
export const DOCX_READ_BUDGET_MS = 30_000;
export const DOCX_READ_HEAP_MB = 512;

/** A .docx to read into a letter: its bytes, moved to the thread. */
export interface DocxJob {
  fileName: string;
  bytes: ArrayBuffer;
  /** Read the file's 修订 as a line of revisions too (see shared/docx/trackedImport.ts). */
  trackedLine?: boolean;
}

export interface DocxReadOptions {
  /** Time allowed for the whole read, thread start included. */
  budgetMs?: number;
  /** Heap the thread may use; beyond it the thread is ended. */
  heapMb?: number;
  /** Read the 修订 as a line of revisions too. */
  trackedLine?: boolean;
  /** Stops the read: the thread is ended and the call refused. */
  signal?: AbortSignal;
}

export function docxTookTooLong(fileName: string, budgetMs: number): string {
  return `读「${fileName}」用了 ${Math.round(budgetMs / 1000)} 秒还没读完，已停下，没有导入。这份 Word 文档可能过大或已损坏，请在 Word 或 WPS 里打开它、另存一份后再导入。`;
}

export function docxOutOfMemory(fileName: string): string {
  return `「${fileName}」太大，读的时候内存不够，已停下，没有导入。请在 Word 或 WPS 里删去多余的内容、另存一份后再导入。`;
}

/**
 * Reads a .docx into the letter it holds (with its warnings and Word comments) on a thread of its own,
 * so the services go on answering other calls while a large file is read. The refusals are readDocx's.
 * The bytes are moved to the thread when they fill a buffer of their own (`bytes` cannot be used
 * afterwards), and copied otherwise.
 */
export function readDocxInThread(fileName: string, bytes: Uint8Array, options: DocxReadOptions = {}): Promise<ImportedTrackedDocx> {
  const { budgetMs = DOCX_READ_BUDGET_MS, heapMb = DOCX_READ_HEAP_MB, trackedLine = false, signal } = options;
  const moved = movableBytes(bytes);
  return runInThread<DocxJob, ImportedTrackedDocx>({
    worker: new URL('./docxWorker.js', import.meta.url),
    job: { fileName, bytes: moved, trackedLine },
    transfer: [moved],
    budgetMs,
    heapMb,
    tookTooLong: () => new ApiError('invalid_input', docxTookTooLong(fileName, budgetMs)),
    outOfMemory: () => new ApiError('invalid_input', docxOutOfMemory(fileName)),
    signal,
    cancelled: () => new ApiError('conflict', readCancelled(fileName)),
  });
}
