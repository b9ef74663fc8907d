import { hit, matchAll } from '../core/text';
import type { ParagraphRule } from '../core/types';

const NUMBER_BASIS = 'GB/T 15835-2011《出版物上数字的用法》';
const UNIT_CHARS = '万亿千百十个倍成人次名家项元吨米户辆台套所座条件年月日天周岁分秒亩篇部期批余多公平克升度';
const CHANGE_WITHOUT_UNIT = new RegExp(
  `(?<=(?:同比|环比|增长|下降|提高|降低|增加|减少|增幅|降幅|占比)(?:了|为|达|达到)?)\\d+(?:\\.\\d+)?(?=[\\u4e00-\\u9fff])(?![${UNIT_CHARS}])`,
);

export const percentMissing: ParagraphRule = {
  id: 'percent-missing',
  title: '增幅缺“%”',
  severity: 'warning',
  defaultOn: true,
  basis: `${NUMBER_BASIS}：表示增减幅度的数字要带单位，如“增长38.6%”。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(CHANGE_WITHOUT_UNIT, text)].map((m) => hit(m.index, m.index + m[0].length, `“${m[0]}”后面缺了单位（如“%”），也可能漏了标点，请补上。`)),
};

export const rangeHyphen: ParagraphRule = {
  id: 'range-hyphen',
  title: '数值范围用了连字符',
  severity: 'warning',
  defaultOn: true,
  basis: `${NUMBER_BASIS}、GB/T 15834-2011：表示数值范围用浪纹线“～”，表示年份起止用一字线“—”，不用连字符“-”。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [
      ...matchAll(
        /(?<![\dA-Za-z/.\-－–~])(\d+(?:\.\d+)?)\s*[-~－–]\s*(\d+(?:\.\d+)?)(?=小时|分钟|公里|[年月日个万亿元%％人次名家项岁天周倍所座条件台辆套户吨米亩])/,
        text,
      ),
    ].map((m) => {
      const years = /^\d{4}$/.test(m[1]) && /^\d{4}$/.test(m[2]) && text[m.index + m[0].length] === '年';
      const fixed = `${m[1]}${years ? '—' : '～'}${m[2]}`;
      return hit(m.index, m.index + m[0].length, `${years ? '年份起止用“—”' : '数值范围用“～”'}，请写成“${fixed}”。`, fixed);
    }),
};

export const badMagnitudeUnit: ParagraphRule = {
  id: 'bad-magnitude-unit',
  title: '阿拉伯数字后用了“千”“百”',
  severity: 'warning',
  defaultOn: true,
  basis: `${NUMBER_BASIS}：阿拉伯数字后只能用“万”“亿”作单位，“近7千人次”应写作“近7000人次”。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<![\d.])(\d+(?:\.\d+)?)([千百])(?![米克瓦帕伏兆赫焦卡分])/, text)].flatMap((m) => {
      const value = Number(m[1]) * (m[2] === '千' ? 1000 : 100);
      if (!Number.isInteger(value)) return [];
      return [hit(m.index, m.index + m[0].length, `阿拉伯数字后面不用“${m[2]}”，请写成“${value}”。`, String(value))];
    }),
};

export const rangeUnitRepeat: ParagraphRule = {
  id: 'range-unit-repeat',
  title: '范围前一个数缺单位',
  severity: 'info',
  defaultOn: false,
  basis: `${NUMBER_BASIS}：“%”“万”“亿”表示的范围，前后两个数都要带单位，以免误解。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<![\d.])(\d+(?:\.\d+)?)([～—])(\d+(?:\.\d+)?)(%|万|亿)/, text)].map((m) => {
      const fixed = `${m[1]}${m[4]}${m[2]}${m[3]}${m[4]}`;
      return hit(m.index, m.index + m[0].length, `范围两端都要带单位，请写成“${fixed}”。`, fixed);
    }),
};

export const fullwidthAlphanumeric: ParagraphRule = {
  id: 'fullwidth-alphanumeric',
  title: '全角数字或字母',
  severity: 'error',
  defaultOn: true,
  basis: `${NUMBER_BASIS}：阿拉伯数字和外文字母用半角。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/[０-９Ａ-Ｚａ-ｚ％．]*[０-９Ａ-Ｚａ-ｚ％]/, text)].map((m) => {
      const fixed = m[0].replace(/[０-９Ａ-Ｚａ-ｚ％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
      return hit(m.index, m.index + m[0].length, `数字和字母用半角，请把“${m[0]}”改成“${fixed}”。`, fixed);
    }),
};
