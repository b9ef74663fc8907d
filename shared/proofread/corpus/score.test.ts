import { describe, expect, it } from 'vitest';
import { scoreByKind } from './score';

describe('scoreByKind', () => {
  const text = '我们将加强管理，，推进工作。\n下一步继续推进。';
  const labels = [
    { quote: '，，', start: 7, end: 9, kind: '标点', severity: 'warning' as const },
    { quote: '下一步', start: 15, end: 18, kind: '病句', severity: 'error' as const },
    { quote: '推进', start: 9, end: 11, kind: '用词', severity: 'hint' as const },
  ];

  it('matches a finding to a label of a mapped kind whose span it overlaps, and counts a missed label against recall', () => {
    const score = scoreByKind([{ id: 'a', text, labels }], { 'repeated-punct': ['标点'] });
    expect(score.overall).toMatchObject({ findings: 1, correct: 1, falsePositives: 0, labels: 2, found: 1 });
    expect(score.overall.recall).toBe(0.5);
    expect(score.perKind.find((row) => row.kind === '病句')).toMatchObject({ labels: 1, found: 0, rules: [] });
  });

  it('counts a finding whose rule maps to another kind as false', () => {
    const score = scoreByKind([{ id: 'a', text, labels }], { 'repeated-punct': ['病句'] });
    expect(score.overall).toMatchObject({ findings: 1, correct: 0, falsePositives: 1, found: 0 });
    expect(score.falsePerThousand).toBeCloseTo(1000 / Array.from(text).length);
  });

  it('leaves findings of unscored rules out', () => {
    const score = scoreByKind([{ id: 'a', text, labels, unscoredRules: ['repeated-punct'] }], { 'repeated-punct': ['标点'] });
    expect(score.overall.findings).toBe(0);
  });
});
