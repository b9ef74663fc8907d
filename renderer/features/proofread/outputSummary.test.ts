import { describe, expect, it } from 'vitest';
import { buildOutputSummary, type SummaryFinding } from './outputSummary';

const finding = (rule: string, severity: SummaryFinding['severity'], flagged: string): SummaryFinding => ({
  rule,
  severity,
  flagged,
  message: '',
  excerpt: flagged,
});

describe('the summary before printing or exporting', () => {
  it('counts open errors by kind and unfilled fields, and lists each', () => {
    const summary = buildOutputSummary(
      [
        finding('year-missing-nian', 'error', '2022'),
        finding('halfwidth-punct', 'error', ','),
        finding('name-inconsistent-form', 'warning', '柳州市场监管局'),
        finding('halfwidth-punct', 'error', ':'),
        finding('unfilled-field', 'error', '〔提案者〕'),
        finding('unfilled-field', 'error', 'XX'),
      ],
      [
        { name: 'proposer', label: '提案者' },
        { name: 'date', label: '成文日期' },
      ],
    );
    expect(summary.counts).toBe('中文里用了半角标点 2 处，年份缺“年” 1 处，待填写的内容 1 处，未填写的字段 2 个');
    expect(summary.items.map((item) => (item.kind === 'field' ? item.field.label : item.finding.flagged))).toEqual([
      ',',
      ':',
      '2022',
      'XX',
      '提案者',
      '成文日期',
    ]);
  });

  it('is empty when only warnings are open and every field is filled', () => {
    expect(buildOutputSummary([finding('name-inconsistent-form', 'warning', '柳州市场监管局')], [])).toEqual({ counts: '', items: [] });
  });
});
