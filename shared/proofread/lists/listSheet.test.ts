import { describe, expect, it } from 'vitest';
import { listSheetRows, listsFromSheet } from './listSheet';

const pair = {
  wrong: '作好',
  right: '做好',
  context: '搭配' as const,
  onlyAfter: ['汇报', '服务'],
  source: '本单位',
  fires: ['认真作好汇报。'],
  passes: ['要作好准备。'],
};

describe('the sheet a bureau edits its rows in', () => {
  it('writes each row on a line and reads it back the same', () => {
    const lists = { confusion: [pair], standardTerm: [] };
    expect(listsFromSheet(listSheetRows(lists))).toEqual({ lists, refused: [] });
  });

  it('refuses a line of an unknown 类别 or with a failing example by its row number, keeping the rest', () => {
    const [header, good] = listSheetRows({ confusion: [pair], standardTerm: [] });
    const otherKind = ['人名', ...good.slice(1)];
    const failing = ['易混淆词', '签定', '签订', '词语', '', '', '', '', '', '', '', '本单位', '没有这个词。', '双方签订了协议。'];
    expect(listsFromSheet([header, otherKind, [], good, failing])).toEqual({
      lists: { confusion: [pair], standardTerm: [] },
      refused: [
        { line: 2, reason: '类别应为“易混淆词”或“规范表述”。' },
        { line: 5, reason: '例句“没有这个词。”里没有找到“签定”，这一行不会生效。' },
      ],
    });
  });
});
