import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from './proofread';
import type { ProofreadOptions } from './core/types';

/** One rule's examples: `bad` marks each expected range with ⟦ ⟧; `fixed` is the text after its fix (none when the rule offers no fix). */
export interface RuleCase {
  bad: string;
  fixed?: string;
  good: string[];
  options?: ProofreadOptions;
}

/** Strips every ⟦ ⟧ pair, returning the text and the ranges they marked. */
function unmark(marked: string): { text: string; ranges: number[][] } {
  const ranges: number[][] = [];
  let text = '';
  let start = 0;
  for (const ch of marked) {
    if (ch === '⟦') start = text.length;
    else if (ch === '⟧') ranges.push([start, text.length]);
    else text += ch;
  }
  return { text, ranges };
}

export function describeRuleCases(cases: Record<string, RuleCase[]>): void {
  for (const [rule, examples] of Object.entries(cases)) {
    describe(rule, () => {
      examples.forEach((example, n) => {
        const options = { ...example.options, enabledRules: [rule] };
        const findingsOf = (text: string) => proofread(text, options).filter((finding) => finding.rule === rule);

        it(`finds the problem in example ${n + 1} at the right place and fixes it`, () => {
          const { text, ranges } = unmark(example.bad);
          const findings = findingsOf(text);
          expect(findings.map(({ start, end }) => [start, end])).toEqual(ranges);
          if (example.fixed === undefined) expect(findings[0].fix).toBeUndefined();
          else {
            expect(applyFixes(text, findings)).toBe(example.fixed);
            expect(findingsOf(example.fixed)).toEqual([]);
          }
        });

        it(`leaves correct text of example ${n + 1} alone`, () => {
          for (const good of example.good) expect(findingsOf(good), good).toEqual([]);
        });
      });
    });
  }
}
