import { describe, expect, it } from 'vitest';
import { markedRange, stillFits } from './markPlacement';
import type { ParagraphFinding } from './paragraphTracker';

const finding = (start: number, end: number) => ({ paragraphKey: '7', start, end }) as ParagraphFinding;

describe('where a proofreading mark is drawn', () => {
  it('marks the character before a finding at a point, such as a missing 。 at the end', () => {
    expect(markedRange(finding(12, 12))).toEqual({ paragraphKey: '7', start: 11, end: 12 });
    expect(markedRange(finding(0, 0))).toEqual({ paragraphKey: '7', start: 0, end: 1 });
    expect(markedRange(finding(3, 10))).toEqual({ paragraphKey: '7', start: 3, end: 10 });
  });

  it('keeps the measured marks of a paragraph that only moved, and measures again one typed in or reflowed', () => {
    const measured = { text: '同比增长38.6五菱', width: 600, height: 39, boxes: [] };
    expect(stillFits(measured, { text: '同比增长38.6五菱', width: 600, height: 39 })).toBe(true);
    expect(stillFits(measured, { text: '同比增长38.6%五菱', width: 600, height: 39 })).toBe(false);
    expect(stillFits(measured, { text: '同比增长38.6五菱', width: 480, height: 78 })).toBe(false);
    expect(stillFits(undefined, { text: '同比增长38.6五菱', width: 600, height: 39 })).toBe(false);
  });
});
