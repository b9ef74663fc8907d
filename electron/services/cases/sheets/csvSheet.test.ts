import { describe, expect, it } from 'vitest';
import { readCsv } from './csvSheet';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a .csv 交办清单 as Excel and WPS save it', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, keeping numbers and dates as written', () => {
    const sheet = readCsv(
      '清单.csv',
      bytes('\ufeff编号,标题,交办日期\r\n011,"关于""菜篮子""工程,再提速的建议",2026/3/1\r\n012,"第一行\n第二行",2026年3月2日\r\n'),
    );
    expect(sheet).toEqual({
      rows: [
        ['编号', '标题', '交办日期'],
        ['011', '关于"菜篮子"工程,再提速的建议', '2026/3/1'],
        ['012', '第一行\n第二行', '2026年3月2日'],
      ],
      width: 3,
    });
  });

  it('takes old Mac line ends, ragged rows and blank lines, and leaves out trailing blanks', () => {
    const sheet = readCsv('清单.csv', bytes(`a,b\rc\r\r,,,d\r${'\r\n'.repeat(3_000)},,,\r\n`));
    expect(sheet).toEqual({ rows: [['a', 'b'], ['c'], [], ['', '', '', 'd']], width: 4 });
  });

  it('reads a list saved as GBK (Notepad and Excel’s 「CSV」 on a Chinese system)', () => {
    const gbk = Uint8Array.from([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb1, 0xea, 0xcc, 0xe2]); // 编号,标题
    expect(readCsv('清单.csv', gbk).rows).toEqual([['编号', '标题']]);
  });

  it('refuses more columns than a 交办清单 has, naming the row and column', () => {
    expect(() => readCsv('宽.csv', bytes(`编号${',x'.repeat(16_384)}`))).toThrow('交办清单最多 200 列，「宽.csv」第 1 行第 201 列还有内容，没有导入。');
  });

  it('refuses bytes that are not text', () => {
    expect(() => readCsv('图片.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow('「图片.csv」不是文本');
  });
});
