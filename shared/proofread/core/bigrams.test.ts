import { describe, expect, it } from 'vitest';
import { bigramFilter, includesVia } from './bigrams';

describe('bigramFilter', () => {
  const letter = '柳州市住房和城乡建设局：\n经研究，现将柳州市交通运输局的意见答复如下。';
  const filter = bigramFilter(letter);

  it('never rules out a name the letter holds', () => {
    for (const name of ['柳州市交通运输局', '住房和城乡建设局', '答复如下。', '局：\n经']) {
      expect(filter.mayContain(name)).toBe(true);
      expect(includesVia(filter, letter, name)).toBe(true);
    }
  });

  it('rules out names the letter does not hold', () => {
    for (const name of ['柳州市市场监督管理局', '鱼峰区教育局', '卫生健康委员会']) {
      expect(filter.mayContain(name)).toBe(false);
      expect(includesVia(filter, letter, name)).toBe(false);
    }
  });

  it('still answers exactly when every pair of characters occurs but the name does not', () => {
    expect(filter.mayContain('柳州市交通运输局：')).toBe(true);
    expect(includesVia(filter, letter, '柳州市交通运输局：')).toBe(false);
  });
});
