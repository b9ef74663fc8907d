import { describe, expect, it } from 'vitest';
import type { Block } from '../model/document';
import { chineseNumeral, expectedHeadingNumbers, withHeadingNumber } from './headingNumbers';

const heading = (level: 1 | 2 | 3 | 4): Pick<Block, 'role' | 'level'> => ({ role: 'heading', level });
const body: Pick<Block, 'role' | 'level'> = { role: 'body' };

describe('heading numbers', () => {
  it('write Chinese numerals the way a 公文 does', () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十三']);
  });

  it('count each level within its parent and restart under a new parent', () => {
    const numbers = expectedHeadingNumbers([heading(1), heading(2), body, heading(2), heading(3), heading(3), heading(1), heading(2), heading(4)]);
    expect([...numbers.values()]).toEqual(['一、', '（一）', '（二）', '1.', '2.', '二、', '（一）', '（1）']);
    expect(numbers.has(2)).toBe(false);
  });

  it('replace whatever number was typed, half-width or full-width, or add one', () => {
    expect(withHeadingNumber('四、下一步工作打算', '三、')).toBe('三、下一步工作打算');
    expect(withHeadingNumber('(一)持续优化营商环境', '（二）')).toBe('（二）持续优化营商环境');
    expect(withHeadingNumber('3．加强监管', '1.')).toBe('1.加强监管');
    expect(withHeadingNumber('加强监管', '2.')).toBe('2.加强监管');
    expect(withHeadingNumber('2023年完成', '1.')).toBe('1.2023年完成');
  });
});
