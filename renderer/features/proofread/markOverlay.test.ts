import { describe, expect, it } from 'vitest';
import { boxesOf } from './markOverlay';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height }) as DOMRectReadOnly;

describe('proofreading marks are boxes under the marked text, relative to the sheet', () => {
  it('gives one box per line the finding runs over', () => {
    const boxes = boxesOf(3, 'error', [rect(500, 120, 64, 21), rect(100, 159, 32, 21)], { left: 80, top: 100 });
    expect(boxes).toEqual([
      { finding: 3, line: 0, severity: 'error', left: 420, top: 20, width: 64, height: 21 },
      { finding: 3, line: 1, severity: 'error', left: 20, top: 59, width: 32, height: 21 },
    ]);
  });

  it('draws nothing for the empty rectangle a line break leaves', () => {
    expect(boxesOf(0, 'warning', [rect(500, 120, 0, 21), rect(100, 159, 32, 21)], { left: 0, top: 0 })).toHaveLength(1);
  });
});
