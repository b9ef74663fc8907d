import { describe, expect, it } from 'vitest';
import { formatDocNumber, parseDocNumberSeries, type DocNumberSeries } from './docNumberSeries';

const parsed = (written: string) => parseDocNumberSeries(written) as DocNumberSeries;

describe('发文字号 series', () => {
  it('reads placeholders and puts this year and the number in', () => {
    expect(formatDocNumber(parsed('柳市监函〔{年}〕{号}号'), 2024, 7)).toBe('柳市监函〔2024〕7号');
  });

  it('reads a series written with a year and N, and always uses the current year', () => {
    const series = parsed('柳市监函〔2023〕N号');
    expect(series.key).toBe('柳市监函〔{年}〕{号}号');
    expect(formatDocNumber(series, 2025, 12)).toBe('柳市监函〔2025〕12号');
  });

  it('keeps an N that is part of the name, and a year outside brackets', () => {
    expect(parsed('NMPA函2023第{号}号').key).toBe('NMPA函2023第{号}号');
  });

  it('says what to fix when the series is missing or has no number', () => {
    expect(parseDocNumberSeries('  ')).toMatch(/还没有设置发文字号格式/);
    expect(parseDocNumberSeries('柳市监函〔2023〕号')).toMatch(/没有标出序号的位置/);
  });
});
