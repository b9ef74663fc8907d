// .dafu package import: reading, checking and merging are linear in what the package holds (issue 19:
// 60,000 replies to one comment took 25 s with the old thread check). Each size is imported into a
// fresh store; the time at 10n over the time at n should stay near 10 (target ≤ 12).
import type { BenchReport } from './run';
import { percentile, round } from './stats';
import { packageOf, samplePayload, type SampleSpec } from '../electron/testing/hostile/packageBuilder';
import { packageStore } from '../electron/testing/hostile/packageImportRun';

const RUNS = 3;

async function importMs(spec: SampleSpec): Promise<number> {
  const bytes = await packageOf(samplePayload(spec));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const store = packageStore();
    const started = performance.now();
    const result = await store.importPackage(bytes);
    times.push(performance.now() - started);
    store.db.close();
    if (!result.ok) throw new Error(`the benchmark's package was refused: ${result.error.message}`);
  }
  return percentile(times, 50);
}

/** The median import time at n and 10n of one kind of record, and their ratio. */
async function scaling(what: string, n: number, spec: (count: number) => SampleSpec): Promise<Record<string, string | number>> {
  await importMs(spec(n)); // warm-up: module loading and the first statements compiled
  const small = await importMs(spec(n));
  const large = await importMs(spec(10 * n));
  return { case: what, n, n_ms: round(small), ten_n_ms: round(large), ratio: round(large / small), target: 'ratio ≤ 12' };
}

export async function run(): Promise<BenchReport> {
  return {
    name: '.dafu package import',
    rows: [
      await scaling('replies to one comment, listed before it', 999, (replies) => ({ seed: 3, replies })),
      await scaling('revisions in one line', 300, (revisions) => ({ seed: 4, revisions })),
    ],
    notes: ['10n replies is 9,990, just under the 10,000-comment limit; 10n revisions is 3,000 of the 10,000 allowed'],
  };
}
