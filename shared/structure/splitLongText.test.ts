import { describe, expect, it } from 'vitest';
import { splitLongText } from './splitLongText';

describe('splitting a text too long for one letter', () => {
  it('keeps a text that fits as one part', () => {
    expect(splitLongText('关于答复\n一、总体情况', { lines: 10, lineChars: 100 })).toEqual(['关于答复\n一、总体情况']);
  });

  it('cuts between lines so that no part has more lines than a letter holds', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `第${i + 1}行。`);
    const parts = splitLongText(lines.join('\n'), { lines: 10, lineChars: 100 });
    expect(parts.map((part) => part.split('\n').length)).toEqual([10, 10, 5]);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('breaks an overlong line after its last sentence that fits', () => {
    const parts = splitLongText('一二三。四五六。七八九十', { lines: 10, lineChars: 9 });
    expect(parts).toEqual(['一二三。四五六。\n七八九十']);
  });

  it('breaks a line with no sentence end at the limit, never inside a character outside the BMP', () => {
    const parts = splitLongText('甲乙丙𠀀丁', { lines: 10, lineChars: 4 });
    expect(parts[0].split('\n')).toEqual(['甲乙丙', '𠀀丁']);
  });

  it('drops parts that would hold only blank lines', () => {
    expect(splitLongText('正文\n\n\n\n', { lines: 2, lineChars: 10 })).toEqual(['正文\n']);
  });
});
