import type { Block, HeadingLevel } from '../model/document';

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[ones]}`;
}

/** The number a heading of this level carries in a 公文: 一、 （一） 1. （1）. */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** Any heading number a clerk may have typed, half- or full-width, at the start of a paragraph. */
export const LEADING_HEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)])\s*/;

/**
 * The heading numbers a letter should carry, in order: each level counts within its parent and
 * restarts when a higher level appears. Returns, per block index, the number a heading should have.
 */
export function expectedHeadingNumbers(blocks: readonly Pick<Block, 'role' | 'level'>[]): Map<number, string> {
  const counters = [0, 0, 0, 0];
  const expected = new Map<number, string>();
  blocks.forEach((block, index) => {
    if (block.role !== 'heading' || !block.level) return;
    const depth = block.level - 1;
    counters[depth] += 1;
    counters.fill(0, depth + 1);
    expected.set(index, headingNumber(block.level, counters[depth]));
  });
  return expected;
}

/** Replaces (or adds) the leading heading number of a paragraph's text. */
export function withHeadingNumber(text: string, number: string): string {
  return number + text.replace(LEADING_HEADING_NUMBER, '');
}
