import type { HeadingLevel } from '../../model/document';
import { chineseNumberValue } from './text';

/** A heading number typed at the start of a paragraph: 一、 （一） 1. （1）, or a wrong form of one. */
export interface HeadingMarker {
  level: HeadingLevel;
  value: number;
  /** Offsets of the whole marker within the paragraph (after any indent). */
  start: number;
  end: number;
  /** Offsets of the number itself. */
  numberStart: number;
  numberEnd: number;
  /** The marker written the standard way (GB/T 9704: 一、 （一） 1. （1）). */
  standard: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const FORMS: { level: HeadingLevel; pattern: RegExp; open: string; close: string; chinese: boolean }[] = [
  { level: 1, pattern: new RegExp(`^(\\s*)()(${CN})([、.．，,]| (?=\\S))`), open: '', close: '、', chinese: true },
  { level: 2, pattern: new RegExp(`^(\\s*)([（(])(${CN})([）)][、.．，,]?)`), open: '（', close: '）', chinese: true },
  { level: 3, pattern: /^(\s*)()(\d{1,2})([.．、，,](?![\d月日年号%％]))/, open: '', close: '.', chinese: false },
  { level: 4, pattern: /^(\s*)([（(])(\d{1,2})([）)][、.．，,]?)/, open: '（', close: '）', chinese: false },
];

const toChinese = (value: number): string => {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (value < 10) return digits[value];
  return `${value >= 20 ? digits[Math.floor(value / 10)] : ''}十${digits[value % 10]}`;
};

export function headingNumberText(level: HeadingLevel, value: number): string {
  return level <= 2 ? toChinese(value) : String(value);
}

export function parseHeadingMarker(text: string): HeadingMarker | undefined {
  for (const form of FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const [whole, indent, open, number] = m;
    const value = form.chinese ? chineseNumberValue(number) : Number(number);
    if (value === undefined || value === 0) continue;
    const start = indent.length;
    const numberStart = start + open.length;
    return {
      level: form.level,
      value,
      start,
      end: whole.length,
      numberStart,
      numberEnd: numberStart + number.length,
      standard: `${form.open}${number}${form.close}`,
    };
  }
  return undefined;
}
