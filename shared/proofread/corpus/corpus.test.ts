import { describe, expect, it } from 'vitest';
import { proofread } from '../proofread';
import { CORPUS } from './index';
import { formatScoreTable, scoreCorpus } from './score';

describe('the labelled corpus', () => {
  it('has at least 20 letters whose labels point at the text they name', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
    for (const letter of CORPUS) {
      for (const expected of letter.expected) expect(letter.text.slice(expected.start, expected.end), letter.id).toBe(expected.text);
    }
  });

  it('finds every defect of the 柳州 example letter that the issue names', () => {
    const letter = CORPUS.find((entry) => entry.id === 'liuzhou-2023-original')!;
    const findings = proofread(letter.text);
    const flagged = (rule: string, text: string) =>
      findings.some((finding) => finding.rule === rule && letter.text.slice(finding.start, finding.end).includes(text));
    expect(flagged('pair-unopened', '》')).toBe(true);
    expect(flagged('proposal-number-hao', '第011')).toBe(true);
    expect(flagged('year-missing-nian', '2022')).toBe(true);
    expect(flagged('percent-missing', '38.6')).toBe(true);
    expect(flagged('year-missing-nian', '2021')).toBe(true);
    expect(flagged('date-missing-units', '2023526')).toBe(true);
    expect(findings.filter((finding) => finding.rule === 'halfwidth-punct' && letter.text[finding.start] === ',').length).toBeGreaterThan(100);
  });

  it('draws no error-level finding on the corrected 柳州 letter', () => {
    const letter = CORPUS.find((entry) => entry.id === 'liuzhou-2023-corrected')!;
    expect(proofread(letter.text).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('keeps precision and recall above their floors, per rule and overall', () => {
    const score = scoreCorpus(CORPUS);
    console.log(['', ...formatScoreTable(score)].join('\n'));
    expect(score.mistakes.filter((m) => m.kind === 'false positive')).toEqual([]);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.9);
    for (const row of score.perRule) expect(row.precision, row.rule).toBeGreaterThanOrEqual(0.8);
  });
});
