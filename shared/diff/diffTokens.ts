import { diffArrays } from 'diff';
import type { WorkBudget } from './workBudget';

/**
 * Token comparisons the word-level pass of one comparison may make: 20 times what two
 * 30,000-character letters with 5% edits need (about 30,000), and a few hundred milliseconds at most.
 */
export const WORD_DIFF_BUDGET = 600_000;

export interface TokenRun {
  text: string;
  mark: 'same' | 'removed' | 'added';
}

/** jsdiff's Myers diff of two token lists, each comparison paid from the budget; null once it runs out. */
export function diffTokens(before: string[], after: string[], budget: WorkBudget): TokenRun[] | null {
  const ops = budget.attempt(() =>
    diffArrays(before, after, {
      comparator: (a, b) => {
        budget.spend(1);
        return a === b;
      },
    }),
  );
  return ops && ops.map((op) => ({ text: op.value.join(''), mark: op.added ? 'added' : op.removed ? 'removed' : 'same' }));
}
