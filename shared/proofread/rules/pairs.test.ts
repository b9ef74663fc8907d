import { describeRuleCases } from '../testRuleCases';

describeRuleCases({
  'pair-unopened': [
    { bad: '您提出的关于加快推动高标准市场体系建设的建议⟦》⟧已收悉。', good: ['您提出的《关于加快推动高标准市场体系建设的建议》已收悉。'] },
    { bad: '推行首问负责⟦”⟧的做法。', good: ['推行“首问负责”的做法。'] },
  ],
  'pair-unclosed': [
    { bad: '参与港珠澳大桥⟦“⟧FAST天眼等重大项目建设。', good: ['参与港珠澳大桥、“FAST”天眼等重大项目建设。', '“第一段引文，跨段时本段不收引号。'] },
  ],
  'pair-width-mismatch': [
    { bad: '（联系人：张三⟦)⟧', fixed: '（联系人：张三）', good: ['（联系人：张三）'] },
    { bad: '⟦(⟧联系人：张三）', fixed: '（联系人：张三）', good: ['(GB/T 9704)'] },
  ],
  'halfwidth-bracket': [{ bad: '中科⟦(⟧柳州⟦)⟧智汇工场', fixed: '中科（柳州）智汇工场', good: ['中科（柳州）智汇工场', '按标准(GB/T 9704-2012)排版。'] }],
  'nested-title-mark': [
    {
      bad: '《关于印发⟦《党政机关公文格式》⟧的通知》',
      fixed: '《关于印发〈党政机关公文格式〉的通知》',
      good: ['《关于印发〈党政机关公文格式〉的通知》', '《质量强国建设纲要》和《柳州市人才飞地管理暂行办法》'],
    },
  ],
  'nested-quote-level': [{ bad: '“推行⟦“首问负责”⟧的做法”', fixed: '“推行‘首问负责’的做法”', good: ['“推行‘首问负责’的做法”'] }],
  'ascii-quote': [{ bad: '深化⟦"⟧放管服⟦"⟧改革。', fixed: '深化“放管服”改革。', good: ['深化“放管服”改革。', 'He said "yes".'] }],
});
