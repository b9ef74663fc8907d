import { describeRuleCases } from '../testRuleCases';

const SIGNED = '\n柳州市商务局\n2023年5月26日';

describeRuleCases({
  'case-number-mismatch': [
    {
      bad: '关于市政协十三届三次会议第011号提案的答复\n李明委员：\n您提出的⟦第012号⟧提案收悉。' + SIGNED,
      good: [
        // The same number with and without its zeros is the same proposal.
        '关于市政协十三届三次会议第011号提案的答复\n李明委员：\n您提出的第11号提案收悉。' + SIGNED,
        '关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您提出的《关于加快发展的提案》（第011号）收悉。' + SIGNED,
      ],
    },
    {
      // The draft's case was registered as 第011号: the title and the body both agree with it.
      bad: '关于市政协十三届三次会议⟦第12号⟧提案的答复\n李明委员：\n您提出的⟦第012号⟧提案收悉。与第11号提案一并研究。' + SIGNED,
      good: ['关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您提出的第011号提案收悉。' + SIGNED, '李明委员：\n您提出的提案收悉。' + SIGNED],
      options: { caseNumber: '第011号' },
    },
    {
      // A registered number written with a prefix is still read as 11.
      bad: '关于市政协十三届三次会议⟦第12号⟧提案的答复\n李明委员：\n您提出的⟦第12号⟧提案收悉。' + SIGNED,
      good: ['关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您提出的第011号提案收悉。' + SIGNED],
      options: { caseNumber: '提第011号' },
    },
  ],
  'session-mismatch': [
    {
      bad: '关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您在市政协⟦十三届二次会议⟧上提出的第11号提案收悉。' + SIGNED,
      good: [
        '关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您在市政协第十三届第三次会议上提出的第11号提案收悉。' + SIGNED,
        '关于市政协13届3次会议第11号提案的答复\n李明委员：\n您在市政协十三届三次会议上提出的提案收悉。' + SIGNED,
        // Another body's session, or a standing committee's meeting, is another fact.
        '关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您的提案收悉。市十七届人大五次会议也有代表提出类似建议。' + SIGNED,
        '关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您的提案收悉。市十三届人大常委会第九次会议已审议相关条例。' + SIGNED,
      ],
    },
    {
      bad: '关于县第九届人民代表大会第三次会议第8号建议的答复\n王晓燕代表：\n您在县⟦九届人大二次会议⟧上提出的建议收悉。' + SIGNED,
      good: ['关于县第九届人民代表大会第三次会议第8号建议的答复\n王晓燕代表：\n您在县九届人大三次会议上提出的建议收悉。' + SIGNED],
    },
  ],
  'dates-disagree': [
    {
      bad: '柳商函〔⟦2022⟧〕12号\n关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您提出的提案收悉。' + SIGNED,
      good: [
        '柳商函〔2023〕12号\n关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您提出的提案收悉。' + SIGNED,
        '柳商函〔2023〕12号  签发人：张伟\n关于市政协十三届三次会议第11号提案的答复\n李明委员：\n您提出的提案收悉。根据柳政办〔2021〕8号文件办理。' + SIGNED,
      ],
    },
    {
      bad: '关于第11号提案的答复\n李明委员：\n您提出的提案收悉。' + SIGNED + '\n抄送：市政协提案委员会。\n柳州市商务局办公室  ⟦2023年5月20日⟧印发',
      good: ['关于第11号提案的答复\n李明委员：\n您提出的提案收悉。' + SIGNED + '\n抄送：市政协提案委员会。\n柳州市商务局办公室  2023年5月26日印发'],
    },
  ],
});
