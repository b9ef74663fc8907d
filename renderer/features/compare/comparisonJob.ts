import { compareLetters, type LetterVersion } from '../../../shared/diff/compare';
import type { Comparison, Granularity } from '../../../shared/diff/types';

/** Two versions to compare, as plain data that can be posted to a worker. */
export interface ComparisonJob {
  before: LetterVersion;
  after: LetterVersion;
  granularity: Granularity;
}

export type WorkerRequest = ComparisonJob & { id: number };
export type WorkerReply = { id: number; comparison: Comparison } | { id: number; error: string };

/** The user-timing entry every comparison leaves in the context that computed it (worker or page). */
export const COMPARE_MEASURE = 'dafu:compare';

export function runComparison({ before, after, granularity }: ComparisonJob): Comparison {
  const start = performance.now();
  const comparison = compareLetters(before, after, { granularity });
  performance.measure(COMPARE_MEASURE, { start, end: performance.now() });
  return comparison;
}
