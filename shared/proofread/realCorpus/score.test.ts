// The checker measured on the real letters (issue 28): precision and recall at warning and error level,
// and false findings per 1,000 characters. README.md in this folder says how the letters were labelled;
// corpus/score.ts (scoreByKind) says how findings and labels are matched; ruleKinds.ts maps rules to
// the labeller's kinds. `npx tsx shared/proofread/realCorpus/report.ts` prints the tables.
import { describe, expect, it } from 'vitest';
import { formatKindScoreTables, scoreByKind } from '../corpus/score';
import { foldStoredPunctuation, realCorpusLetters } from './entries';
import { LABEL_KINDS } from './format';
import { RULE_KINDS } from './ruleKinds';
import { RULES } from '../registry';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

const byName = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([path, raw]) => [path.replace(/^\.\//, '').replace(/\.labels\.json$|\.txt$/, ''), raw]));
const letters = realCorpusLetters(
  byName(import.meta.glob('./*.txt', { query: '?raw', import: 'default', eager: true })),
  byName(import.meta.glob('./*.labels.json', { query: '?raw', import: 'default', eager: true })),
);

// The floors: recall ≥ 60 %, precision ≥ 90 %, at most 1 false finding per 1,000 characters,
// overall at warning and error level.
const RECALL_FLOOR = 0.6;
const PRECISION_FLOOR = 0.9;
const FALSE_PER_THOUSAND_CEILING = 1;

describe('the checker on the real letters', () => {
  const score = scoreByKind(letters, RULE_KINDS, foldStoredPunctuation);

  it('maps every warning- and error-level rule to kinds of the labeller’s taxonomy', () => {
    const kinds = new Set<string>(LABEL_KINDS);
    for (const rule of RULES.filter((r) => r.severity !== 'info')) {
      expect(RULE_KINDS[rule.id], rule.id).toBeDefined();
      for (const kind of RULE_KINDS[rule.id]) expect(kinds.has(kind), `${rule.id} → ${kind}`).toBe(true);
    }
  });

  it('keeps recall, precision and false findings per 1,000 characters within the issue’s floors', () => {
    console.log(['', ...formatKindScoreTables(score)].join('\n'));
    expect(score.overall.labels).toBeGreaterThan(100);
    expect(score.overall.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(score.overall.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(score.falsePerThousand).toBeLessThanOrEqual(FALSE_PER_THOUSAND_CEILING);
  });
});
