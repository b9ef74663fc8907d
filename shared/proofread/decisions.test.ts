import { describe, expect, it } from 'vitest';
import { canReportFalse, DECISIONS_KEPT, findingsReport, withDecisions, type DecidedFinding } from './decisions';

const decided = (excerpt: string, decision: DecidedFinding['decision']): DecidedFinding => ({
  rule: '错别字',
  excerpt,
  suggestion: '改为“部署”',
  decision,
  decidedAt: '2026-05-26T02:00:00.000Z',
});

describe('decisions on findings', () => {
  it('never offers 「报告误报」 for text still to be filled in', () => {
    expect(canReportFalse('unfilled-field')).toBe(false);
    expect(canReportFalse('待填写的内容')).toBe(false);
    expect(canReportFalse('field-left-empty')).toBe(false);
    expect(canReportFalse('known-typo')).toBe(true);
  });

  it('lists what was decided in earlier sessions before the findings still open', () => {
    const kept = withDecisions([decided('布署', 'accepted')], [decided('作好汇报', 'reported')]);
    expect(
      findingsReport('关于第11号提案的答复', kept, [{ rule: '标点', excerpt: ',', suggestion: '改为“，”' }]).map((row) => [row.excerpt, row.decision]),
    ).toEqual([
      ['布署', 'accepted'],
      ['作好汇报', 'reported'],
      [',', 'open'],
    ]);
  });

  it('keeps the newest decisions when a draft has had very many', () => {
    const many = Array.from({ length: DECISIONS_KEPT }, (_, n) => decided(`第${n}处`, 'ignored'));
    const kept = withDecisions(many, [decided('最新', 'accepted')]);
    expect(kept).toHaveLength(DECISIONS_KEPT);
    expect([kept[0].excerpt, kept.at(-1)!.excerpt]).toEqual(['第1处', '最新']);
  });
});
