import type { Hit } from './types';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Every match of a global regex, as [start, end, match]. */
const globalCopies = new WeakMap<RegExp, RegExp>();

export function* matchAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  let re = globalCopies.get(pattern);
  if (!re) globalCopies.set(pattern, (re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex += 1;
  }
}

/** Spans that hold URLs or e-mail addresses, which no punctuation rule may touch. */
export function verbatimSpans(text: string): [number, number][] {
  return [...matchAll(/(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/, text)].map((m) => [m.index, m.index + m[0].length]);
}

export function insideAny(spans: readonly [number, number][], index: number): boolean {
  return spans.some(([start, end]) => index >= start && index < end);
}

export function hit(start: number, end: number, message: string, fix?: string): Hit {
  return fix === undefined ? { start, end, message } : { start, end, message, fix };
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「十二」 → 12, 「二十六」 → 26, 「九十九」 → 99; undefined for anything else. */
export function chineseNumberValue(numeral: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(numeral);
  if (!m || numeral === '') return undefined;
  const [, tens, ten, ones] = m;
  if (ten === '') return tens === '' && ones !== '' ? CHINESE_DIGITS[ones] : tens !== '' && ones === '' ? CHINESE_DIGITS[tens] : undefined;
  return (tens === '' ? 1 : CHINESE_DIGITS[tens]) * 10 + (ones === '' ? 0 : CHINESE_DIGITS[ones]);
}

/** 「二〇二三」 → 2023 (digit by digit, as years are written). */
export function chineseDigitsValue(numeral: string): number | undefined {
  if (!/^[〇零一二三四五六七八九]+$/.test(numeral)) return undefined;
  return Number([...numeral].map((ch) => CHINESE_DIGITS[ch]).join(''));
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}
