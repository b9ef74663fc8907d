import { describe, expect, it } from 'vitest';
import { readDateEntry } from './dateEntry';

const TODAY = '2025-06-10';

describe('reading a date field as the clerk typed it', () => {
  it.each([
    '2023年5月26日',
    '2023-5-26',
    '2023.5.26',
    '20230526',
    '2023/05/26',
    '2023年5月26',
    '二〇二三年五月二十六日',
    '２０２３年５月２６日',
    ' 2023 年 5 月 26 日 ',
  ])('reads 「%s」 as 2023-05-26', (typed) => {
    expect(readDateEntry(typed, TODAY)).toEqual({ kind: 'date', iso: '2023-05-26' });
  });

  it('takes this year for a month and day, and says so', () => {
    expect(readDateEntry('5月26日', TODAY)).toEqual({ kind: 'date', iso: '2025-05-26', yearTaken: 2025 });
    expect(readDateEntry('12月1日', TODAY)).toEqual({ kind: 'date', iso: '2025-12-01', yearTaken: 2025 });
  });

  it('takes next year for a deadline whose day has already gone by this year', () => {
    expect(readDateEntry('5月26日', TODAY, 'upcoming')).toEqual({ kind: 'date', iso: '2026-05-26', yearTaken: 2026 });
    expect(readDateEntry('6月10日', TODAY, 'upcoming')).toEqual({ kind: 'date', iso: '2025-06-10', yearTaken: 2025 });
    expect(readDateEntry('7月1日', TODAY, 'upcoming')).toEqual({ kind: 'date', iso: '2025-07-01', yearTaken: 2025 });
  });

  it('names what is wrong with a day the calendar does not have', () => {
    expect(readDateEntry('2月30日', TODAY)).toEqual({ kind: 'impossible', problem: '2月没有30日' });
    expect(readDateEntry('2023-2-30', TODAY)).toEqual({ kind: 'impossible', problem: '2月没有30日' });
    expect(readDateEntry('20230229', TODAY)).toEqual({ kind: 'impossible', problem: '2023年2月没有29日' });
    expect(readDateEntry('2023年13月1日', TODAY)).toEqual({ kind: 'impossible', problem: '没有13月' });
    expect(readDateEntry('1900-1-1', TODAY)).toEqual({ kind: 'impossible', problem: '年份应在1949年到2100年之间' });
  });

  it('accepts 2月29日 in a leap year only', () => {
    expect(readDateEntry('2月29日', '2024-01-05')).toEqual({ kind: 'date', iso: '2024-02-29', yearTaken: 2024 });
    expect(readDateEntry('2月29日', TODAY)).toEqual({ kind: 'impossible', problem: '2025年2月没有29日' });
  });

  it('tells an empty field from text that is no date', () => {
    expect(readDateEntry('  ', TODAY)).toEqual({ kind: 'empty' });
    expect(readDateEntry('下周一', TODAY)).toEqual({ kind: 'unreadable' });
    expect(readDateEntry('2023-5', TODAY)).toEqual({ kind: 'unreadable' });
  });
});
