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

/** What a proposal's title ends with; 「意见」 too, as a 意见 is answered like a 建议. */
const TITLE_END = '(?:提案|建议|议案|意见)';
/**
 * A title in quotes: 「“关于……的建议”」, 「“……的建议”」, or 「关于“……的建议”」 with 关于 left outside (the
 * longest reading first). 「关于“……”的提案」, which quotes only the subject, is left as it is, and
 * 「关于“关于……”」 is doubled-guanyu's. Each gives the title as it should read inside 《》.
 */
const QUOTED_TITLES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [new RegExp(`关于“\\s*(?!关于)([^“”《》]{2,80}?的${TITLE_END})\\s*”`), (m) => `关于${m[1]}`],
  [new RegExp(`“\\s*([^“”《》]{4,80}?的${TITLE_END})\\s*”`), (m) => m[1]],
];

export const proposalTitleQuotes: ParagraphRule = {
  id: 'proposal-title-in-quotes',
  title: '提案标题应用书名号',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 15834-2011：文件、提案、建议的标题用书名号《》，“关于”和“的建议”都在书名号里。',
  scope: 'paragraph',
  check: ({ text }) => {
    const hits = [];
    const taken: [number, number][] = [];
    for (const [pattern, title] of QUOTED_TITLES)
      for (const m of matchAll(pattern, text)) {
        const [start, end] = [m.index, m.index + m[0].length];
        if (taken.some(([a, b]) => start < b && a < end)) continue;
        taken.push([start, end]);
        const fixed = `《${title(m).replace(/,/g, '，')}》`;
        hits.push(hit(start, end, `提案、建议的标题用书名号，请写成“${fixed}”。`, fixed));
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

export const receiptMissingShou: ParagraphRule = {
  id: 'receipt-missing-shou',
  title: '“收悉”漏了“收”',
  severity: 'error',
  defaultOn: true,
  basis: '公文惯例：收到来文写作“……收悉”，“悉”不单用在“提案”“建议”“来信”等后面。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<=提案|建议|议案|来信|来函|意见|提议|批评)悉(?![心数尼])/, text)].map((m) =>
      hit(m.index, m.index + 1, '这里漏了“收”字，应为“收悉”。', '收悉'),
    ),
};

export const houTwice: ParagraphRule = {
  id: 'hou-twice',
  title: '“后……后”重复',
  severity: 'warning',
  defaultOn: true,
  basis: '校对常规：分句开头已用“后”，句中再用“……后”，意思重复，留一个就行。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<=^|[，。；：！？,;:!?\s])后(?![期续来面方勤备者果台代进天年])(?=[^，。；：！？,;:!?\n]{2,24}后[，,])/, text)].map((m) =>
      hit(m.index, m.index + 1, '分句开头的“后”和句中的“……后”重复，请删去开头的“后”。', ''),
    ),
};
