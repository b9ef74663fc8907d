// The thread that reads and sorts a 交办清单 (started by sheetThread.ts; built as dist/sheetWorker.js).
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../../shared/api/errors';
import { planSheet } from './sheetPlan';
import type { SheetJob, SheetReply } from './sheetMessages';

parentPort!.once('message', (job: SheetJob) => {
  void planSheet(job).then(
    (plan) => parentPort!.postMessage({ ok: true, plan } satisfies SheetReply),
    (error: unknown) =>
      parentPort!.postMessage(
        (error instanceof ApiError
          ? { ok: false, error: error.toData() }
          : { ok: false, error: { code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } }) satisfies SheetReply,
      ),
  );
});
