import { proofread } from '../proofread';
import { RULES } from '../registry';
import type { Finding, WordListEntry } from '../core/types';

/** One labelled letter: offsets of expected findings are UTF-16 units into `text` (the corpus is all BMP, so also code points). */
export interface CorpusEntry {
  id: string;
  kind: 'natural' | 'injected' | 'clean';
  source: string;
  text: string;
  wordList?: WordListEntry[];
  expected: { rule: string; start: number; end: number; text: string }[];
  /** Real defects no rule can find reliably, written down so that recall is not overstated. */
  knownMisses?: string[];
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  perRule: RuleScore[];
  overall: RuleScore;
  /** Findings nobody expected and expected findings nobody found, for reading when a score drops. */
  mistakes: { letter: string; rule: string; kind: 'false positive' | 'missed'; text: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function score(rule: string, tp: number, fp: number, fn: number): RuleScore {
  return { rule, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Runs the default checker over every letter and pairs findings with labels one to one (same rule, overlapping range). */
export function scoreCorpus(corpus: readonly CorpusEntry[]): CorpusScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (rule: string) => counts.get(rule) ?? counts.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule)!;
  const mistakes: CorpusScore['mistakes'] = [];
  for (const letter of corpus) {
    const findings: Finding[] = proofread(letter.text, { wordList: letter.wordList });
    const unmatched = new Set(findings);
    for (const expected of letter.expected) {
      const match = findings.find((finding) => unmatched.has(finding) && finding.rule === expected.rule && overlaps(finding, expected));
      if (match) {
        unmatched.delete(match);
        tally(expected.rule).tp += 1;
      } else {
        tally(expected.rule).fn += 1;
        mistakes.push({ letter: letter.id, rule: expected.rule, kind: 'missed', text: expected.text });
      }
    }
    for (const finding of unmatched) {
      tally(finding.rule).fp += 1;
      mistakes.push({ letter: letter.id, rule: finding.rule, kind: 'false positive', text: letter.text.slice(finding.start, finding.end) });
    }
  }
  const order = RULES.map((rule) => rule.id);
  const perRule = [...counts].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([rule, c]) => score(rule, c.tp, c.fp, c.fn));
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') => perRule.reduce((total, row) => total + row[key], 0);
  return { perRule, overall: score('overall', sum('truePositives'), sum('falsePositives'), sum('falseNegatives')), mistakes };
}

/** The table for the closing note: one line per rule, then the total. */
export function formatScoreTable({ perRule, overall }: CorpusScore): string[] {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  const line = (row: RuleScore) =>
    `| ${row.rule} | ${row.truePositives} | ${row.falsePositives} | ${row.falseNegatives} | ${pct(row.precision)} | ${pct(row.recall)} |`;
  return ['| rule | TP | FP | FN | precision | recall |', '|---|---|---|---|---|---|', ...perRule.map(line), line(overall)];
}
