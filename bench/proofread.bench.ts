// A full proofreading pass over a 30,000-character letter (goal: p50 and p95 at most 50 ms), and the
// one-paragraph recheck the editor runs after a keystroke.
import { performance } from 'node:perf_hooks';
import { CORPUS } from '../shared/proofread/corpus/index';
import { proofread, proofreadParagraph, splitParagraphs } from '../shared/proofread/index';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const TARGET_CHARS = 30_000;
const RUNS = 40;

export function longLetter(targetChars = TARGET_CHARS): string {
  const lines = CORPUS.find((letter) => letter.id === 'liuzhou-2023-original')!.text.split('\n');
  const body = lines.filter((line) => line.length > 100);
  const out = lines.slice(0, 8);
  for (let i = 0; out.join('\n').length < targetChars; i += 1) out.push(body[i % body.length]);
  return out.join('\n').slice(0, targetChars);
}

function time(runs: number, work: () => unknown): number[] {
  for (let i = 0; i < 5; i += 1) work();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

export async function run(): Promise<BenchReport> {
  const text = longLetter();
  const findings = proofread(text).length;
  const full = time(RUNS, () => proofread(text));
  const longest = splitParagraphs(text).reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const paragraph = time(RUNS * 10, () => proofreadParagraph(longest));
  return {
    name: 'proofread',
    rows: [
      { case: `full check, ${text.length} chars`, p50_ms: round(percentile(full, 50)), p95_ms: round(percentile(full, 95)), goal_ms: 50, findings },
      { case: `one paragraph, ${longest.text.length} chars`, p50_ms: round(percentile(paragraph, 50)), p95_ms: round(percentile(paragraph, 95)), goal_ms: '-', findings: '-' },
    ],
    notes: ['The letter is the 柳州 example repeated to 30,000 characters, with all its natural defects, so the checker has real work to do.'],
  };
}
