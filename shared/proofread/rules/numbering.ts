import { hit, matchAll } from '../core/text';
import type { ParagraphRule } from '../core/types';

export const docNumberFormat: ParagraphRule = {
  id: 'doc-number-format',
  title: '发文字号格式',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 9704-2012：发文字号的年份用六角括号“〔〕”括入，序号不编虚位（不写“01”），不加“第”字。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<=[\u4e00-\u9fff][发函字文办复令])([(（[【［〔])((?:19|20)\d{2})([)）\]】］〕])(第?)(0*)([1-9]\d*)号/, text)]
      .filter((m) => m[1] !== '〔' || m[3] !== '〕' || m[4] !== '' || m[5] !== '')
      .map((m) => {
        const fixed = `〔${m[2]}〕${m[6]}号`;
        return hit(m.index, m.index + m[0].length, `发文字号应写作“${fixed}”：年份用“〔〕”，序号前不加“第”和“0”。`, fixed);
      }),
};

const NEAR_PROPOSAL = /提案|建议|议案/;

export const proposalNumberHao: ParagraphRule = {
  id: 'proposal-number-hao',
  title: '提案号缺“号”',
  severity: 'error',
  defaultOn: true,
  basis: '提案、建议答复惯例：提案号、建议号写作“第011号”。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/第\s*\d+(?=\s*(?:[)）,，、。的]|$))/, text)]
      .filter((m) => NEAR_PROPOSAL.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)))
      .map((m) => {
        const fixed = `${m[0].replace(/\s+/g, '')}号`;
        return hit(m.index, m.index + m[0].length, `提案号、建议号后面要有“号”，请写成“${fixed}”。`, fixed);
      }),
};

export const proposalNumberDi: ParagraphRule = {
  id: 'proposal-number-di',
  title: '提案号缺“第”',
  severity: 'warning',
  defaultOn: true,
  basis: '提案、建议答复惯例：提案号、建议号写作“第011号”。',
  scope: 'paragraph',
  check: ({ text }) =>
    // 「21号提案」, and 「《关于……的建议》（72号）」 where the number follows the case's title.
    [...matchAll(/(?<![第\d])\d+号(?=(?:提案|建议|议案))|(?<=(?:提案|建议|议案)》\s*[（(])\d+号(?=[）)])/, text)].map((m) =>
      hit(m.index, m.index + m[0].length, `提案号、建议号前面要有“第”，请写成“第${m[0]}”。`, `第${m[0]}`),
    ),
};

export const unfilledField: ParagraphRule = {
  id: 'unfilled-field',
  title: '待填写的内容',
  severity: 'error',
  defaultOn: true,
  basis: '模板中的待填项（如〔提案号〕、XX、年 月 日）必须填写后才能印发。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/〔[^〕\d\s]{1,12}〕|\{\{[^{}]{0,40}\}\}|(?<![A-Za-z])(?:[XＸ]{2,}|×{2,})(?![A-Za-z])|某某|第\s+号|(?<!\d)年\s+月\s+日|[＿_]{3,}/, text)].map(
      (m) => hit(m.index, m.index + m[0].length, `“${m[0]}”是待填写的内容，请填上实际内容。`),
    ),
};

export const numberedJianshe: ParagraphRule = {
  id: 'numbered-jianshe',
  title: '“第×号建议”写成了“建设”',
  severity: 'error',
  defaultOn: true,
  basis: '校对常规：“建议”与“建设”形近音近；提案号、建议号后面接的是“建议”“提案”。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<=第\s*\d+\s*号)建设(?=[已收的，。、,]|办理|答复|$)/, text)].map((m) =>
      hit(m.index, m.index + 2, '“第×号”后面应是“建议”，这里写成了“建设”。', '建议'),
    ),
};
