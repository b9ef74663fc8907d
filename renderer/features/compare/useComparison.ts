import { useEffect, useRef, useState } from 'react';
import type { Comparison, Granularity } from '../../../shared/diff/types';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { createCompareClient, type CompareClient, type WorkerPort } from './compareClient';
import { runComparison } from './comparisonJob';
import type { LoadedVersion } from './versions';

export type ComparisonState =
  { status: 'comparing' } | { status: 'done'; comparison: Comparison; ranIn: 'worker' | 'page' } | { status: 'failed'; message: string };

function browserClient(): CompareClient {
  return createCompareClient({
    startWorker:
      typeof Worker === 'undefined'
        ? null
        : () => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'compare' }) as unknown as WorkerPort,
    compareHere: runComparison,
    pause: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  });
}

/** The comparison of two versions, computed off the main thread; a newer request supersedes an older one. */
export function useComparison(before: LoadedVersion, after: LoadedVersion, definitions: readonly FieldDefinition[], granularity: Granularity): ComparisonState {
  const client = useRef<CompareClient | null>(null);
  const [state, setState] = useState<ComparisonState>({ status: 'comparing' });

  useEffect(() => {
    const own = browserClient();
    client.current = own;
    return () => {
      own.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    setState({ status: 'comparing' });
    client.current?.compare({ before: { ...before, definitions }, after: { ...after, definitions }, granularity }).then(
      (outcome) => {
        if (outcome.status === 'done') setState(outcome);
      },
      (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [before, after, definitions, granularity]);

  return state;
}
