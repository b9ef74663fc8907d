import { describeRuleCases } from '../testRuleCases';

describeRuleCases({
  'outside-gb2312': [
    {
      bad: '张⟦喆⟧委员、李⟦堃⟧代表和⟦𠮷⟧田同志：',
      good: [
        '张明委员：',
        '经研究，现将“提案”办理情况答复如下：（一）加快推进；２０２３年，增长１５％。',
        '抄送：市政协提案委员会。\u3000\u2002',
        '二〇二三年五月',
      ],
    },
  ],
});
