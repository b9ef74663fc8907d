import { describe, expect, it } from 'vitest';
import { describeRefused, validateRows } from './validateRows';

const pair = (wrong: string, right: string, fires: string[], passes: string[]) => ({ wrong, right, context: '词语', source: '本单位', fires, passes });

describe('rows a bureau adds to a list', () => {
  it('keeps the good rows and refuses each bad one with its line number and why', () => {
    const sheet = [
      pair('柳州市工商局', '柳州市市场监督管理局', ['请柳州市工商局协助。'], ['请柳州市市场监督管理局协助。']),
      pair('', '部分', ['部份乡镇'], ['部分乡镇']),
      'no row here',
      pair('按装', '安装', ['小区安装了路灯。'], ['小区安装了路灯。']),
      pair('座落', '坐落', ['学校座落在东头。'], ['学校座落于东头。']),
      pair('柳州市工商局', '市场监管局', ['请柳州市工商局协助。'], ['请市场监管局协助。']),
      { ...pair('签定', '签订', ['双方签定了协议。'], ['双方签订了协议。']), colour: 'red' },
    ];
    const { rows, refused } = validateRows(sheet, 2);
    expect(rows.map((row) => row.wrong)).toEqual(['柳州市工商局']);
    expect(describeRefused(refused)).toEqual([
      '第 3 行：错误写法：不能为空。',
      '第 4 行：这一行不是一条词条。',
      '第 5 行：例句“小区安装了路灯。”里没有找到“按装”，这一行不会生效。',
      '第 6 行：例句“学校座落于东头。”不应提示，但这一行会把它标出来。',
      '第 7 行：“柳州市工商局”在前面已经列过。',
      '第 8 行：有不认识的栏目：colour。',
    ]);
  });

  it('reads the context that decides a row: what must follow, and what may not stand before', () => {
    const row = {
      ...pair('作好', '做好', ['认真作好汇报工作。'], ['各单位要作好准备。']),
      context: '搭配',
      onlyAfter: ['汇报', '服务'],
    };
    expect(validateRows([row], 2).refused).toEqual([]);
    expect(describeRefused(validateRows([{ ...row, onlyAfter: ['准备'] }], 2).refused)).toEqual([
      '第 2 行：例句“认真作好汇报工作。”里没有找到“作好”，这一行不会生效。',
    ]);
  });
});
