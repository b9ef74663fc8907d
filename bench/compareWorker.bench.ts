// Main-thread blocking while two 30,000-character letters are compared: the comparison on
// the main thread against the same comparison through the app's worker client, in this run. Node's
// worker_threads stand in for the page's Web Worker: the client, the job and the structured clone of
// request and result are the app's own; the browser's figure is reported by e2e/compareWorker.spec.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { createCompareClient, type WorkerPort } from '../renderer/features/compare/compareClient';
import { runComparison, type ComparisonJob } from '../renderer/features/compare/comparisonJob';
import type { LetterVersion } from '../shared/diff/compare';
import { letterPair } from './diff.bench';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const RUNS = Number(process.env.COMPARE_BENCH_RUNS ?? 20);
/** Input waiting longer than this feels stuck (the bound). */
const BLOCK_MS = 50;

const version = (text: string): LetterVersion => ({
  content: { version: 1, blocks: text.split('\n').map((line) => ({ role: 'body', inlines: [{ t: 'text', text: line }] })) },
});

/** The thread's script, bundled as the app's build bundles the page's worker. */
async function bundleThread(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'dafu-bench-')), 'compareThread.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./compareThread.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function threadPort(script: string): WorkerPort {
  const thread = new Worker(script);
  const port: WorkerPort = {
    postMessage: (message) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
    onmessage: null,
    onerror: null,
  };
  thread.on('message', (data) => port.onmessage?.({ data }));
  thread.on('error', (error) => port.onerror?.(error));
  return port;
}

/** Runs `work` while a 1 ms heartbeat records how long the main thread went without answering. */
async function blocking(work: () => Promise<unknown>): Promise<{ longestGap: number; blockedOver50: number }> {
  let last = performance.now();
  let longestGap = 0;
  let blockedOver50 = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    const gap = now - last;
    longestGap = Math.max(longestGap, gap);
    if (gap > BLOCK_MS) blockedOver50 += gap - BLOCK_MS;
    last = now;
  }, 1);
  await work();
  await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(beat);
  return { longestGap, blockedOver50 };
}

export async function run(): Promise<BenchReport> {
  const [beforeText, afterText] = letterPair(2026);
  const job: ComparisonJob = { before: version(beforeText), after: version(afterText), granularity: 'word' };
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  const onPage = createCompareClient({ startWorker: null, compareHere: runComparison, pause });
  const script = await bundleThread();
  const inWorker = createCompareClient({ startWorker: () => threadPort(script), compareHere: runComparison, pause });
  const warm = await inWorker.compare(job); // starts the thread and warms both paths
  if (warm.status !== 'done' || warm.ranIn !== 'worker') throw new Error('the comparison thread did not start');
  await onPage.compare(job);

  const samples = { page: [] as { longestGap: number; blockedOver50: number }[], worker: [] as { longestGap: number; blockedOver50: number }[] };
  for (let i = 0; i < RUNS; i += 1) {
    samples.page.push(await blocking(() => onPage.compare(job)));
    samples.worker.push(await blocking(() => inWorker.compare(job)));
  }
  inWorker.dispose();
  const row = (name: string, measured: { longestGap: number; blockedOver50: number }[]) => ({
    case: name,
    n: measured.length,
    longest_gap_p50_ms: round(
      percentile(
        measured.map((m) => m.longestGap),
        50,
      ),
    ),
    longest_gap_p95_ms: round(
      percentile(
        measured.map((m) => m.longestGap),
        95,
      ),
    ),
    blocked_beyond_50ms_p95: round(
      percentile(
        measured.map((m) => m.blockedOver50),
        95,
      ),
    ),
  });
  const ratio =
    percentile(
      samples.worker.map((m) => m.longestGap),
      95,
    ) /
    percentile(
      samples.page.map((m) => m.longestGap),
      95,
    );
  return {
    name: 'main-thread blocking while comparing two 30,000-character letters',
    rows: [row('comparison on the main thread', samples.page), row('comparison in the worker', samples.worker)],
    notes: [
      `longest main-thread gap p95, worker / main thread = ${round(ratio)} (goal: the worker's gap ≤ ${BLOCK_MS} ms)`,
      'gap: the longest time a 1 ms heartbeat on the main thread went unanswered during one comparison (posting the letters and reading the result back included)',
    ],
  };
}
