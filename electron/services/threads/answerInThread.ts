import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../shared/api/errors';
import type { ThreadReply } from './runInThread';

/**
 * The thread side of runInThread: does `work` on the one job it is sent and answers with its value,
 * or with the ApiError it refused the job with; any other error is sent as `internal` with its stack.
 */
export function answerInThread<J, R>(work: (job: J) => R | Promise<R>): void {
  parentPort!.once('message', (job: J) => {
    void Promise.resolve()
      .then(() => work(job))
      .then(
        (value) => parentPort!.postMessage({ ok: true, value } satisfies ThreadReply<R>),
        (error: unknown) =>
          parentPort!.postMessage(
            (error instanceof ApiError
              ? { ok: false, error: error.toData() }
              : {
                  ok: false,
                  error: { code: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
                }) satisfies ThreadReply<R>,
          ),
      );
  });
}
