import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/cases/caseModel';
import { countByStatus, deadlineTone, describeDeadline, filterCases, NO_FILTER } from './deskView';

const base: CaseSummary = {
  id: '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
  kind: 'zhengxie',
  session: '十三届三次会议',
  number: '011',
  title: '关于发挥质量强市标杆作用的建议',
  proposer: '九三学社',
  coProposers: [],
  role: 'lead',
  assignedOn: '2026-03-10',
  dueOn: '2026-06-10',
  status: 'pending',
  storedStatus: 'pending',
  satisfaction: null,
  overdue: false,
  daysLeft: 15,
  updatedAt: '2026-05-26T02:00:00Z',
  answer: null,
};

describe('desk view', () => {
  it('marks overdue, due within a week, and answered cases', () => {
    expect(deadlineTone({ ...base, overdue: true, daysLeft: -3 })).toBe('overdue');
    expect(describeDeadline({ ...base, overdue: true, daysLeft: -3 })).toBe('超期 3 天');
    expect(deadlineTone({ ...base, daysLeft: 7 })).toBe('soon');
    expect(describeDeadline({ ...base, daysLeft: 0 })).toBe('今天到期');
    expect(deadlineTone(base)).toBe('normal');
    expect(deadlineTone({ ...base, status: 'replied', daysLeft: -3 })).toBe('done');
  });

  it('filters and counts by status', () => {
    const cases = [base, { ...base, kind: 'renda' as const, overdue: true, status: 'drafting' as const }, { ...base, role: 'assist' as const }];
    expect(filterCases(cases, { ...NO_FILTER, overdueOnly: true })).toHaveLength(1);
    expect(filterCases(cases, { ...NO_FILTER, kind: 'zhengxie', role: 'assist' })).toHaveLength(1);
    expect(countByStatus(cases)).toEqual([
      ['pending', 2],
      ['drafting', 1],
    ]);
  });
});
