import { expect, it } from 'vitest';
import { describeRuleCases } from '../testRuleCases';
import type { WordListEntry } from '../core/types';
import { slipFrom, slipsAllowed } from './names';

const wordList: WordListEntry[] = [
  { name: '柳州市市场监督管理局', kind: 'organisation', aliases: ['柳州市市场监管局'] },
  { name: '市住房和城乡建设局', kind: 'organisation' },
  { name: '九三学社柳州市委员会', kind: 'organisation' },
  { name: '柳州市民政局', kind: 'organisation' },
  { name: '柳州市人民政府办公室', kind: 'organisation' },
  { name: '王晓燕', kind: 'person' },
  { name: '张建国', kind: 'person' },
  { name: '王晶', kind: 'person' },
  { name: '质量强国建设纲要', kind: 'term' },
];
const options = { wordList };

describeRuleCases({
  'name-near-miss': [
    {
      bad: '⟦柳州市市场监管管理局⟧高度重视。',
      fixed: '柳州市市场监督管理局高度重视。',
      good: [
        '柳州市市场监督管理局高度重视，柳州市市场监管局负责落实。',
        '柳北区市场监督管理局、桂林市市场监督管理局配合。',
        '王晶、王京负责。',
        '落实质量强国建设新要求。',
      ],
      options,
    },
    {
      bad: '⟦柳州市场监督管理局⟧牵头，⟦柳州市场监管管理局⟧配合，⟦柳州市场监管局⟧参加。',
      fixed: '柳州市市场监督管理局牵头，柳州市市场监督管理局配合，柳州市市场监管局参加。',
      good: [],
      options,
    },
    {
      bad: '会同⟦市住房城乡建设局⟧、⟦柳州市市场监督和管理局⟧办理。',
      fixed: '会同市住房和城乡建设局、柳州市市场监督管理局办理。',
      good: ['会同市住房和城乡建设局办理。'],
      options,
    },
    {
      bad: '⟦九三学社柳州市委会⟧：',
      fixed: '九三学社柳州市委员会：',
      good: ['九三学社柳州市委员会：', '九三学社桂林市委员会、柳州市财政局、柳州市人民政府研究室：'],
      options,
    },
    { bad: '请与⟦王小燕⟧同志联系。', fixed: '请与王晓燕同志联系。', good: ['请与王晓燕同志联系。', '我们主张全国统一标准，王小燕和张建国都赞成。'], options },
  ],
  'name-inconsistent-form': [
    {
      bad: '⟦柳州市市场监管局⟧牵头办理。\n柳州市市场监督管理局将继续关注。',
      fixed: '柳州市市场监督管理局牵头办理。\n柳州市市场监督管理局将继续关注。',
      good: ['柳州市市场监督管理局牵头办理。\n柳州市市场监管局将继续关注。', '柳州市市场监管局牵头办理。'],
      options,
    },
    {
      bad: '柳州市市场监督管理局牵头办理。\n⟦柳州市监管局⟧将继续关注，⟦九三学社市委会⟧提出的建议。\n九三学社柳州市委员会：',
      fixed: '柳州市市场监督管理局牵头办理。\n柳州市市场监督管理局将继续关注，九三学社柳州市委员会提出的建议。\n九三学社柳州市委员会：',
      good: ['柳州市监管局将继续关注。', '柳州市市场监督管理局牵头，柳州市市场监督管理局柳南分局配合，柳州市场管理部门参加，柳州市市场监。'],
      options,
    },
  ],
});

it('counts a slip as at most one replaced character plus one added or left out', () => {
  expect(slipFrom('市住房和城乡建设局', '市住房城乡建设局')).toEqual({ lengthChanged: true });
  expect(slipFrom('柳州市市场监督管理局', '柳州市市场监管管理局')).toEqual({ substituted: 6, lengthChanged: false });
  expect(slipFrom('柳州市市场监督管理局', '柳州市场监管管理局')).toEqual({ substituted: 6, lengthChanged: true });
  expect(slipFrom('柳州市人民政府办公室', '柳州市人民政府研究室')).toBeUndefined();
  expect(slipFrom('柳州市市场监督管理局', '柳州市市场监督管理局')).toBeUndefined();
});

it('allows slips only where enough of the name is left after its place', () => {
  expect(slipsAllowed({ name: '柳州市市场监督管理局', kind: 'organisation' })).toBe(2);
  expect(slipsAllowed({ name: '柳州市民政局', kind: 'organisation' })).toBe(0);
  expect(slipsAllowed({ name: '柳州市生态环境局', kind: 'organisation' })).toBe(1);
  expect(slipsAllowed({ name: '全国质量强市示范城市', kind: 'term' })).toBe(2);
});
