import { describe, expect, it } from 'vitest';
import { gb2312Characters, inGb2312 } from './gb2312';

const han = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe('GB2312, read from the GBK decoder', () => {
  it('holds its 6,763 hanzi and the common punctuation, and nothing from the private-use area', () => {
    const hanzi = [...gb2312Characters()].filter((code) => code >= 0x4e00 && code <= 0x9fff);
    expect(hanzi).toHaveLength(6763);
    expect(han('关于市政协提案的答复，。、：；“”《》（）—')).toSatisfy((codes: number[]) => codes.every(inGb2312));
    expect([...gb2312Characters()].some((code) => code >= 0xe000 && code <= 0xf8ff)).toBe(false);
  });

  it('leaves out the name characters 喆, 堃, 昇 and 𠮷 (outside the BMP), and traditional forms', () => {
    expect(han('喆堃昇𠮷們')).toSatisfy((codes: number[]) => codes.every((code) => !inGb2312(code)));
  });
});
