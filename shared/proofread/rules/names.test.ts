import { expect, it } from 'vitest';
import { describeRuleCases } from '../testRuleCases';
import { oneEditApart } from './names';

const wordList = [
  { name: '柳州市市场监督管理局', kind: 'organisation' as const, aliases: ['柳州市市场监管局'] },
  { name: '市住房和城乡建设局', kind: 'organisation' as const },
  { name: '王晶', kind: 'person' as const },
];

describeRuleCases({
  'name-near-miss': [
    {
      bad: '⟦柳州市市场监管管理局⟧高度重视。',
      fixed: '柳州市市场监督管理局高度重视。',
      good: ['柳州市市场监督管理局高度重视，柳州市市场监管局负责落实。', '柳北区市场监督管理局配合。', '王晶、王京负责。'],
      options: { wordList },
    },
    { bad: '会同⟦市住房城乡建设局⟧办理。', fixed: '会同市住房和城乡建设局办理。', good: ['会同市住房和城乡建设局办理。'], options: { wordList } },
  ],
  'name-inconsistent-form': [
    {
      bad: '⟦柳州市市场监管局⟧牵头办理。\n柳州市市场监督管理局将继续关注。',
      fixed: '柳州市市场监督管理局牵头办理。\n柳州市市场监督管理局将继续关注。',
      good: ['柳州市市场监督管理局牵头办理。\n柳州市市场监管局将继续关注。', '柳州市市场监管局牵头办理。'],
      options: { wordList },
    },
  ],
});

it('tells one-character slips from other names', () => {
  expect(oneEditApart('市住房城乡建设局', '市住房和城乡建设局')).toBe(true);
  expect(oneEditApart('柳州市市场监管管理局', '柳州市市场监督管理局')).toBe(true);
  expect(oneEditApart('柳州市财政局', '柳州市市场监督管理局')).toBe(false);
  expect(oneEditApart('柳州市市场监督管理局', '柳州市市场监督管理局')).toBe(false);
});
