import { expect, it } from 'vitest';
import { proofreadParagraphs } from '../proofread';
import { describeRuleCases } from '../testRuleCases';

describeRuleCases({
  'heading-sequence': [
    {
      bad: '一、基本情况\n正文。\n二、办理情况\n正文。\n⟦四⟧、下一步打算\n正文。',
      good: ['一、基本情况\n（一）甲。\n（二）乙。\n二、办理情况\n（一）丙。\n1.丁。\n2.戊。\n三、下一步打算'],
    },
    { bad: '（一）甲。\n（二）乙。\n（⟦四⟧）丙。', good: ['（一）甲。\n（二）乙。\n（三）丙。'] },
  ],
  'heading-level-order': [
    { bad: '⟦（一）⟧先说情况。\n一、基本情况\n二、办理情况', good: ['（一）只用二级标题的短答复。\n（二）第二点。', '一、基本情况\n（一）甲。'] },
  ],
  'heading-ordinal-punct': [
    { bad: '⟦1、⟧加强监管。', fixed: '1.加强监管。', good: ['1.加强监管。', '1月以来，共办理提案。'] },
    { bad: '⟦(一)⟧持续优化营商环境。', fixed: '（一）持续优化营商环境。', good: ['（一）持续优化营商环境。'] },
    { bad: '⟦一.⟧基本情况', fixed: '一、基本情况', good: ['一、基本情况', '一是加强领导。'] },
    { bad: '第一⟦、⟧加强领导。', fixed: '第一，加强领导。', good: ['第一，加强领导。'] },
  ],
});

it('heading-level-mismatch: a level-2 heading typed with a level-1 number is found, a matching one is not', () => {
  const check = (text: string, level: 1 | 2) =>
    proofreadParagraphs([{ text, role: 'heading', level }], { enabledRules: ['heading-level-mismatch'] }).filter((f) => f.rule === 'heading-level-mismatch');
  expect(check('一、基本情况', 2).map(({ start, end }) => [start, end])).toEqual([[0, 2]]);
  expect(check('（一）基本情况', 2)).toEqual([]);
  expect(check('一、基本情况', 1)).toEqual([]);
});
