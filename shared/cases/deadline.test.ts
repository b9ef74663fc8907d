import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, localDate } from './calendar';
import { deadlineState, defaultDueOn, effectiveDueOn } from './deadline';

describe('deadline arithmetic', () => {
  it('adds months on the same day and clamps to the end of a shorter month', () => {
    expect(addMonths('2024-03-15', 3)).toBe('2024-06-15');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2022-11-30', 3)).toBe('2023-02-28');
    expect(addMonths('2024-10-31', 3)).toBe('2025-01-31');
    expect(addMonths('2024-12-31', 1)).toBe('2025-01-31');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
  });

  it('gives 主办 three months and 协办/会办 one', () => {
    expect(defaultDueOn('2024-03-15', 'lead')).toBe('2024-06-15');
    expect(defaultDueOn('2024-01-31', 'assist')).toBe('2024-02-29');
    expect(defaultDueOn('2024-03-15', 'joint')).toBe('2024-04-15');
  });

  it('uses the latest approved extension over the assigned deadline', () => {
    expect(effectiveDueOn('2024-06-15', [])).toBe('2024-06-15');
    const extensions = [
      { dueOn: '2024-08-15', approvedOn: '2024-06-10', reason: '需要调研' },
      { dueOn: '2024-07-15', approvedOn: '2024-06-01', reason: '' },
    ];
    expect(effectiveDueOn('2024-06-15', extensions)).toBe('2024-08-15');
    expect(effectiveDueOn(null, [])).toBeNull();
  });

  it('counts calendar days and marks overdue and due within seven days, unless answered', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(deadlineState('2024-06-15', '2024-06-16', false)).toEqual({ daysLeft: -1, overdue: true, dueSoon: false });
    expect(deadlineState('2024-06-15', '2024-06-08', false)).toEqual({ daysLeft: 7, overdue: false, dueSoon: true });
    expect(deadlineState('2024-06-15', '2024-06-15', false)).toEqual({ daysLeft: 0, overdue: false, dueSoon: true });
    expect(deadlineState('2024-06-15', '2024-06-07', false).dueSoon).toBe(false);
    expect(deadlineState('2024-06-15', '2024-07-01', true).overdue).toBe(false);
    expect(deadlineState(null, '2024-07-01', false)).toEqual({ daysLeft: null, overdue: false, dueSoon: false });
  });

  it('reads today as the local calendar date, not the UTC one', () => {
    const instant = new Date(2024, 5, 16, 0, 30); // local 00:30 on 16 June
    expect(localDate(instant)).toBe('2024-06-16');
  });
});
