import { hit, matchAll } from '../core/text';
import type { ParagraphRule } from '../core/types';

/** Reduplications that are words or set phrases, not slips. */
const REAL_DOUBLES = [
  '研究研究',
  '一个一个',
  '一步一步',
  '一次一次',
  '一件一件',
  '一年一年',
  '常常',
  '天天',
  '人人',
  '个个',
  '渐渐',
  '刚刚',
  '仅仅',
  '等等',
  '谢谢',
  '看看',
  '层层',
  '处处',
  '事事',
  '时时',
  '家家',
  '户户',
  '年年',
  '步步',
  '久久',
  '默默',
  '稳稳',
  '紧紧',
  '牢牢',
  '实实',
];

export const doubledWord: ParagraphRule = {
  id: 'doubled-word',
  title: '字词重复',
  severity: 'warning',
  defaultOn: true,
  basis: '校对常规：连续重复的字词多为误输入。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/([\u4e00-\u9fff]{2,6})\1|的的(?!确)|(?<!不)了了(?!之)/, text)]
      .filter((m) => !REAL_DOUBLES.includes(m[0]))
      .map((m) => {
        const once = m[1] ?? m[0][0];
        return hit(m.index, m.index + m[0].length, `“${once}”重复了，请删去一个。`, once);
      }),
};

export const doubledGuanyu: ParagraphRule = {
  id: 'doubled-guanyu',
  title: '“关于”重复',
  severity: 'error',
  defaultOn: true,
  basis: '公文惯例：提案、建议的标题已以“关于”开头时，引用时外面不再加“关于”。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/关于(?=[《“"]关于)/, text)].map((m) => hit(m.index, m.index + 2, '标题本身以“关于”开头，前面的“关于”重复了，请删去。', '')),
};

export const proposalTitleQuotes: ParagraphRule = {
  id: 'proposal-title-in-quotes',
  title: '提案标题应用书名号',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 15834-2011：文件、提案、建议的标题用书名号《》。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/“(关于[^“”《》]{2,60}的(?:提案|建议|议案))”/, text)].map((m) =>
      hit(m.index, m.index + m[0].length, `提案、建议的标题用书名号，请写成“《${m[1]}》”。`, `《${m[1]}》`),
    ),
};

/** Typos that are wrong wherever they appear (公文 practice). */
const TYPOS: [string, string][] = [
  ['签定', '签订'],
  ['按装', '安装'],
  ['副书计', '副书记'],
  ['布署', '部署'],
  ['急待解决', '亟待解决'],
  ['再接再励', '再接再厉'],
  ['不径而走', '不胫而走'],
  ['一愁莫展', '一筹莫展'],
  ['迫不急待', '迫不及待'],
  ['针贬', '针砭'],
  ['松驰', '松弛'],
  ['重迭', '重叠'],
  ['默守成规', '墨守成规'],
  ['甘败下风', '甘拜下风'],
  ['言简意骇', '言简意赅'],
  ['出奇不意', '出其不意'],
  ['一股作气', '一鼓作气'],
  ['直接了当', '直截了当'],
  ['走头无路', '走投无路'],
  ['既往不究', '既往不咎'],
  ['穿流不息', '川流不息'],
  ['蜂涌', '蜂拥'],
  ['脉博', '脉搏'],
  ['气慨', '气概'],
  ['幅射', '辐射'],
  ['暴光', '曝光'],
  ['装祯', '装帧'],
  ['渲泄', '宣泄'],
  ['侯车', '候车'],
  ['峻工', '竣工'],
  ['编缉', '编辑'],
  ['通迅', '通讯'],
  ['付作用', '副作用'],
  ['颁部', '颁布'],
  ['防碍', '妨碍'],
  ['必竟', '毕竟'],
  ['凑和', '凑合'],
  ['座落', '坐落'],
  ['详实', '翔实'],
  ['精萃', '精粹'],
  ['寒喧', '寒暄'],
  ['九宵', '九霄'],
];
const TYPO_PATTERN = new RegExp(TYPOS.map(([wrong]) => wrong).join('|'));
const TYPO_FIX = new Map(TYPOS);

export const knownTypo: ParagraphRule = {
  id: 'known-typo',
  title: '常见错别字',
  severity: 'error',
  defaultOn: true,
  basis: '《第一批异形词整理表》及公文常见错别字表。',
  scope: 'paragraph',
  check: ({ text }) => {
    const hits = [...matchAll(TYPO_PATTERN, text)].map((m) =>
      hit(m.index, m.index + m[0].length, `“${m[0]}”是错别字，应为“${TYPO_FIX.get(m[0])}”。`, TYPO_FIX.get(m[0])),
    );
    // 既使 is only a slip for 即使 when no 又 or 也使 follows in the sentence (既使…又… is correct).
    // 己 for 已 (形近字): 己 stands after 自/知/利/克… and before little else; before 经/过/完成… it is 已.
    for (const m of matchAll(/(?<![自知利克舍异律为一舍损])己(?=经|过|于|被|将|建成|完成|达到|实现|开工|竣工|落实|列入|纳入|启动|办结|结束)/, text)) {
      hits.push(hit(m.index, m.index + 1, '“己”应为“已”。', '已'));
    }
    for (const m of matchAll(/既使/, text)) {
      const sentence = text.slice(m.index).split(/[。！？；]/)[0];
      if (!/又|也使/.test(sentence.slice(2))) hits.push(hit(m.index, m.index + 2, '“既使”应为“即使”。', '即使'));
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

export const jiezhiJiezhi: ParagraphRule = {
  id: 'jiezhi-jiezhi',
  title: '“截止”与“截至”',
  severity: 'warning',
  defaultOn: true,
  basis: '《现代汉语词典》：“截至”后接时间点，表示到某时为止；“截止”表示到期停止，后面不接时间。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/截止到?(?=目前|当前|现在|今年|去年|年底|年末|日前|本月|上月|本年|本周|今天|今日|\d)/, text)].map((m) =>
      hit(m.index, m.index + m[0].length, `后面接的是时间点，应当用“截至”，请把“${m[0]}”改成“截至”。`, '截至'),
    ),
};

export const titleMarkMisuse: ParagraphRule = {
  id: 'title-mark-misuse',
  title: '书名号用于非作品名称',
  severity: 'warning',
  defaultOn: false,
  basis: 'GB/T 15834-2011：会议、活动、奖项、机构等名称不用书名号。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/《([^《》]{2,40}(?:会议|大会|活动|奖|赛|中心|委员会|公司|基地|课程|工程|行动))》/, text)]
      .filter((m) => !/关于|办法|条例|规定|通知|意见|方案|规划|纲要|法|标准|决定|报告/.test(m[1]))
      .map((m) => hit(m.index, m.index + m[0].length, `“${m[1]}”不是文件或作品的名称，不用书名号。`, m[1])),
};
