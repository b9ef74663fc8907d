import { describe, expect, it } from 'vitest';
import { CHARS_PER_LINE, blockLines, estimatePages, gridWidth } from './pageEstimate';

describe('page estimate on the 22 × 28 grid', () => {
  it('gives a body paragraph its two-character indent', () => {
    expect(blockLines('body', '字'.repeat(26))).toBe(1);
    expect(blockLines('body', '字'.repeat(27))).toBe(2);
  });

  it('counts half-width characters as half a cell', () => {
    expect(gridWidth('2023年')).toBe(3);
    expect(blockLines('body', '1'.repeat(52))).toBe(1);
  });

  it('turns 22 full lines into one page and the 23rd into a second', () => {
    const fullLine = { role: 'body' as const, text: '字'.repeat(CHARS_PER_LINE - 2) };
    expect(estimatePages(Array(22).fill(fullLine))).toBe(1);
    expect(estimatePages(Array(23).fill(fullLine))).toBe(2);
    expect(estimatePages([])).toBe(1);
  });
});
