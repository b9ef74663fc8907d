import type { Comparison } from '../../../shared/diff/types';
import type { ComparisonJob, WorkerReply, WorkerRequest } from './comparisonJob';

/** The part of a Web Worker the client uses; tests pass a fake. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type ComparisonOutcome =
  | { status: 'done'; comparison: Comparison; ranIn: 'worker' | 'page' }
  /** A newer request came first: this result is dropped and nobody should show it. */
  | { status: 'superseded' };

export interface CompareClientDeps {
  /** Null where the page cannot start workers. */
  startWorker: (() => WorkerPort) | null;
  /** The same comparison on the page's own thread, when no worker can run it. */
  compareHere: (job: ComparisonJob) => Comparison;
  /** Resolves once the page has had a chance to paint 「正在比较…」. */
  pause: () => Promise<void>;
}

export interface CompareClient {
  compare(job: ComparisonJob): Promise<ComparisonOutcome>;
  dispose(): void;
}

const SUPERSEDED: ComparisonOutcome = { status: 'superseded' };

interface Pending {
  id: number;
  job: ComparisonJob;
  resolve: (outcome: ComparisonOutcome | Promise<ComparisonOutcome>) => void;
  reject: (error: Error) => void;
}

/**
 * Runs comparisons in one worker, newest request wins: a request that arrives while the worker is
 * still busy terminates it (its stale result would be dropped anyway) and starts a fresh one. If a
 * worker cannot start or load, this and every later comparison runs on the page instead.
 */
export function createCompareClient({ startWorker, compareHere, pause }: CompareClientDeps): CompareClient {
  let worker: WorkerPort | null = null;
  let workersRun = startWorker !== null;
  let latest = 0;
  let pending: Pending | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };
  const takePending = () => {
    const taken = pending;
    pending = null;
    return taken;
  };

  async function onPage(id: number, job: ComparisonJob): Promise<ComparisonOutcome> {
    await pause();
    if (id !== latest) return SUPERSEDED;
    return { status: 'done', comparison: compareHere(job), ranIn: 'page' };
  }

  function ensureWorker(): WorkerPort | null {
    if (worker || !workersRun) return worker;
    try {
      worker = startWorker!();
    } catch {
      workersRun = false;
      return null;
    }
    worker.onmessage = ({ data }) => {
      if (pending?.id !== data.id) return;
      const { resolve, reject } = takePending()!;
      if ('error' in data) reject(new Error(data.error));
      else resolve({ status: 'done', comparison: data.comparison, ranIn: 'worker' });
    };
    // A worker that cannot load (blocked, missing file) says so only here.
    worker.onerror = () => {
      stopWorker();
      workersRun = false;
      const stranded = takePending();
      stranded?.resolve(onPage(stranded.id, stranded.job));
    };
    return worker;
  }

  return {
    compare(job) {
      const id = ++latest;
      if (pending) {
        stopWorker();
        takePending()!.resolve(SUPERSEDED);
      }
      const port = ensureWorker();
      if (!port) return onPage(id, job);
      return new Promise((resolve, reject) => {
        pending = { id, job, resolve, reject };
        port.postMessage({ id, ...job });
      });
    },
    dispose() {
      latest++;
      stopWorker();
      takePending()?.resolve(SUPERSEDED);
    },
  };
}
