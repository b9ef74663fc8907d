import { describe, expect, it } from 'vitest';
import { describeRuleCases } from '../testRuleCases';
import { countAddressees } from './addressees';

describe('countAddressees', () => {
  it('tells one person, several people and a body apart', () => {
    expect(countAddressees('张华代表')).toBe('one');
    expect(countAddressees('尊敬的赵强委员：')).toBe('one');
    expect(countAddressees('李明、王芳代表')).toBe('many');
    expect(countAddressees('周立华等4名代表')).toBe('many');
    expect(countAddressees('孙丽等委员')).toBe('many');
    expect(countAddressees('各位代表')).toBe('many');
    expect(countAddressees('市政协提案委员会')).toBe('body');
    expect(countAddressees('民盟市委会')).toBe('body');
    expect(countAddressees('东湖街道')).toBe('body');
  });
});

const SIGNED = '\n市水务局\n2024年5月6日';

describeRuleCases({
  'address-number': [
    {
      bad: '关于第5号建议的答复\n李明、王芳代表：\n⟦您⟧提出的建议收悉。感谢⟦您⟧的支持。' + SIGNED,
      fixed: '关于第5号建议的答复\n李明、王芳代表：\n你们提出的建议收悉。感谢你们的支持。' + SIGNED,
      good: [
        '李明、王芳代表：\n你们提出的建议收悉。' + SIGNED,
        '张华代表：\n您提出的建议收悉。' + SIGNED,
        '李明、王芳代表：\n你们提出的《关于请您关注停车难的建议》收悉。',
      ],
    },
    { bad: '张华代表：\n⟦你们⟧提出的建议收悉，感谢您的关心。', fixed: '张华代表：\n您提出的建议收悉，感谢您的关心。', good: [] },
    { bad: '市政协提案委员会：\n⟦您⟧转来的提案收悉。', good: ['市政协提案委员会：\n贵委转来的提案收悉。'] },
    { bad: '赵强委员：\n感谢⟦代表⟧提出的提案。', fixed: '赵强委员：\n感谢委员提出的提案。', good: ['赵强委员：\n感谢您提出的提案，人大代表也关注此事。'] },
    { bad: '张华代表：\n感谢⟦你（们）⟧的关心。', fixed: '张华代表：\n感谢您的关心。', good: [] },
  ],
  'addressee-third-person': [
    {
      bad: '蔡中文代表：\n您提出的建议收悉。我局于4月16日与⟦蔡中文代表⟧当面沟通，对此⟦该代表⟧表示理解。',
      fixed: '蔡中文代表：\n您提出的建议收悉。我局于4月16日与您当面沟通，对此您表示理解。',
      good: [
        '蔡中文代表：\n您提出的建议收悉，我局与您当面沟通。',
        '县人大常委会：\n蔡中文代表提出的建议收悉，该代表表示理解。',
        '张华、李明代表：\n该代表组提出的建议收悉。',
      ],
    },
  ],
  'address-mixed': [
    {
      bad: '张华代表：\n您提出的建议收悉。感谢您的支持，希望⟦你⟧继续关心。',
      fixed: '张华代表：\n您提出的建议收悉。感谢您的支持，希望您继续关心。',
      good: ['张华代表：\n你提出的建议收悉，感谢你的支持。'],
    },
  ],
  'proposal-kind-mixed': [
    {
      bad: '关于市政协第12号提案的答复\n赵强委员：\n您提出的关于修路的⟦建议⟧收悉。',
      fixed: '关于市政协第12号提案的答复\n赵强委员：\n您提出的关于修路的提案收悉。',
      good: ['关于市政协第12号提案的答复\n赵强委员：\n您提出的提案收悉，您的建议很好。'],
    },
    {
      bad: '关于市人大第8号建议的答复\n钱伟代表：\n您提出的《关于修路的建议》收悉。⟦议案⟧中所提问题已解决。',
      fixed: '关于市人大第8号建议的答复\n钱伟代表：\n您提出的《关于修路的建议》收悉。建议中所提问题已解决。',
      good: ['关于市人大第8号建议的答复\n钱伟代表：\n我局成立了人大代表议案、建议办理小组。'],
    },
  ],
  'proposal-title-unmarked': [
    {
      bad: '张华代表：\n您提出的⟦关于加快修建停车场的建议⟧收悉。',
      fixed: '张华代表：\n您提出的《关于加快修建停车场的建议》收悉。',
      good: ['张华代表：\n您提出的《关于加快修建停车场的建议》收悉。'],
    },
    { bad: '张华代表：\n您提出的⟦“关于加快修建停车场”的建议⟧收悉。', fixed: '张华代表：\n您提出的《关于加快修建停车场的建议》收悉。', good: [] },
  ],
  'phrase-across-comma': [{ bad: '下一步，我们将加强管理⟦，加强管理⟧。', fixed: '下一步，我们将加强管理。', good: ['群众可申报专项资金，专项资金分为三类。'] }],
  'title-noun-doubled': [
    { bad: '您提出的《关于修路的建议》⟦建议⟧收悉。', fixed: '您提出的《关于修路的建议》收悉。', good: ['您提出的《关于修路的建议》收悉。'] },
  ],
  'signature-missing': [
    {
      bad: '张华代表：\n您提出的建议收悉。\n感谢您的关心。\n⟦2024年5月6日⟧',
      good: ['张华代表：\n您提出的建议收悉。' + SIGNED, '张华代表：\n您提出的建议收悉。' + SIGNED + '\n（联系人：李四，联系电话：12345678）'],
    },
    {
      bad: '张华代表：\n您提出的建议收悉，现答复如下。\n⟦感谢您对水务工作的关心和支持。⟧',
      good: ['张华代表：\n您提出的建议收悉，现答复如下。\n感谢您对水务工作的关心和支持。' + SIGNED],
    },
  ],
  'signature-name-cut': [
    {
      bad: '张华代表：\n您提出的建议收悉。\n承办单位：⟦清原县住房和城乡建设⟧、县交通运输局\n2024年5月6日',
      good: ['张华代表：\n您提出的建议收悉。\n承办单位：清原县住房和城乡建设局、县交通运输局\n2024年5月6日', '张华代表：\n您提出的建议收悉。' + SIGNED],
    },
  ],
  'contact-not-note': [
    {
      bad: '张华代表：\n您提出的建议收悉。' + SIGNED + '\n⟦联系人：李四，联系电话：12345678⟧',
      good: ['张华代表：\n您提出的建议收悉。' + SIGNED + '\n（联系人：李四，联系电话：12345678）'],
    },
    { bad: '张华代表：\n您提出的建议收悉。\n⟦（联系人：李四，联系电话：12345678）⟧' + SIGNED, good: [] },
  ],
  'addressee-own-line': [{ bad: '⟦张华代表：⟧您提出的建议收悉。', good: ['张华代表：\n您提出的建议收悉。'] }],
  'field-left-empty': [{ bad: '⟦签发人：⟧\n张华代表：\n您提出的建议收悉。', good: ['签发人：王五\n张华代表：\n您提出的建议收悉。'] }],
  'name-two-ways': [
    {
      bad: '市住房和城乡建设局会同市交通局开展检查。\n市住房和城乡建设局负责方案，市⟦住房城乡建设局⟧负责实施。',
      fixed: '市住房和城乡建设局会同市交通局开展检查。\n市住房和城乡建设局负责方案，市住房和城乡建设局负责实施。',
      good: ['市住房和城乡建设局（以下简称“住房城乡建设局”）负责。'],
    },
    {
      bad: '青山公路改造已列入计划。青山公路全长12公里，⟦青山路⟧段先行施工。',
      fixed: '青山公路改造已列入计划。青山公路全长12公里，青山公路段先行施工。',
      good: ['推进“四好农村路”建设，加强农村公路养护。'],
    },
  ],
  'scope-word-drift': [
    {
      bad: '全县已建成村级服务站120个。全县覆盖率达到95%。下一步⟦全市⟧将继续推进。',
      good: ['全县已建成服务站。全县覆盖率达到95%，在全省位列第一。', '全县已建成服务站。全县覆盖率达到95%，全市平均为80%。'],
    },
  ],
  'short-name-unintroduced': [
    {
      bad: '近年来⟦县卫健局⟧加强村卫生室建设，县卫生健康局将继续推进。\n北坡县卫生健康局\n2024年5月6日',
      fixed: '近年来县卫生健康局加强村卫生室建设，县卫生健康局将继续推进。\n北坡县卫生健康局\n2024年5月6日',
      good: ['北坡县卫生健康局（以下简称“县卫健局”）加强建设，县卫健局将继续推进。\n北坡县卫生健康局\n2024年5月6日'],
      options: { wordList: [{ name: '北坡县卫生健康局', kind: 'organisation' }] },
    },
  ],
  'figure-mismatch': [
    {
      bad: '该项目总投资为1200万元，已完成一半。\n经核算，该项目总投资为⟦1500万元⟧。',
      good: ['该项目总投资为1200万元。\n另一项目总投资为1500万元。', '该项目总投资为1200万元。\n该项目总投资为1200万元。'],
    },
  ],
  'case-number-mismatch': [
    {
      bad: '关于市政协十届二次会议第12号提案的答复\n赵强委员：\n您提出的⟦第15号⟧提案收悉。',
      good: ['关于市政协十届二次会议第12号提案的答复\n赵强委员：\n您提出的第12号提案收悉。'],
    },
  ],
});

describe('the number of addressees from the draft’s case', () => {
  it('is read from the 提案者/代表 fields and the 联名代表人数', async () => {
    const { caseAddressees } = await import('../wordList');
    expect(caseAddressees({ deputy: '王晓燕等5名代表' })).toBe('many');
    expect(caseAddressees({ deputy: '王晓燕', deputyCount: '3' })).toBe('many');
    expect(caseAddressees({ proposer: '张伟', memberCount: '3' })).toBe('many');
    expect(caseAddressees({ proposer: '李明、王芳' })).toBe('many');
    expect(caseAddressees({ proposer: '张华' })).toBe('one');
    expect(caseAddressees({ proposer: '九三学社市委员会' })).toBe('body');
    expect(caseAddressees({})).toBeUndefined();
  });

  it('counts the case’s 领衔 and 附议 proposers when the draft has a case', async () => {
    const { caseAddressees } = await import('../wordList');
    expect(caseAddressees({ deputy: '王晓燕' }, ['王晓燕', '李强', '赵敏'])).toBe('many');
    expect(caseAddressees({ deputy: '王晓燕' }, ['王晓燕'])).toBe('one');
    expect(caseAddressees({}, ['九三学社柳州市委员会'])).toBe('body');
    expect(caseAddressees({ proposer: '李明' }, [])).toBe('one');
  });

  it('lets the 称谓 check work on a draft with no 主送 line, the 主送 line winning when there is one', async () => {
    const { proofread } = await import('../proofread');
    const rule = (text: string, addressees?: 'one' | 'many' | 'body') =>
      proofread(text, { addressees })
        .filter((f) => f.rule === 'address-number')
        .map((f) => text.slice(f.start, f.end));
    expect(rule('您提出的建议收悉，现答复如下。', 'many')).toEqual(['您']);
    expect(rule('您提出的建议收悉，现答复如下。')).toEqual([]);
    expect(rule('张华代表：\n您提出的建议收悉。', 'many')).toEqual([]);
  });
});
