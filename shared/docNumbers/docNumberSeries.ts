/**
 * A 发文字号 series as the bureau writes it in its profile: 「柳市监函〔{年}〕{号}号」, or with a
 * year and an N in place, 「柳市监函〔2023〕N号」. The year in brackets is always this year's.
 */
export interface DocNumberSeries {
  /** The series with its year as 「{年}」 and its number as 「{号}」: one register per key and year. */
  key: string;
}

const NUMBER_MARK = /\{号\}|N(?=号)/;
const YEAR_MARK = /\{年\}|(?<=[〔［[（(])\d{4}(?=[〕］\]）)])/;

/** The series, or a sentence telling the clerk what to fix in 单位信息. */
export function parseDocNumberSeries(written: string): DocNumberSeries | string {
  const series = written.trim();
  if (series === '') return '还没有设置发文字号格式。请在「文件 → 单位信息」里填写，如「柳市监函〔{年}〕{号}号」。';
  if (!NUMBER_MARK.test(series)) return `发文字号格式「${series}」里没有标出序号的位置。请在「单位信息」里用 {号} 标出，如「柳市监函〔{年}〕{号}号」。`;
  return { key: series.replace(YEAR_MARK, '{年}').replace(NUMBER_MARK, '{号}') };
}

/** 「柳市监函〔2023〕15号」: the number without leading zeros, as 公文 write it. */
export function formatDocNumber(series: DocNumberSeries, year: number, number: number): string {
  return series.key.replace('{年}', String(year)).replace('{号}', String(number));
}
