import { describe, expect, it } from 'vitest';
import { countWords } from './wordCount';

describe('countWords, as WPS counts 字数', () => {
  it('counts each Chinese character and full-width mark', () => {
    expect(countWords('现答复如下：')).toBe(6);
    expect(countWords('《质量强国建设纲要》')).toBe(10);
  });

  it('counts a number or an English word once', () => {
    expect(countWords('产量66.7万辆')).toBe(5);
    expect(countWords('NQI 质量服务')).toBe(5);
  });

  it('ignores white space and counts characters outside the BMP', () => {
    expect(countWords('  柳州 \n 市  ')).toBe(3);
    expect(countWords('𠀀字')).toBe(2);
  });
});
