import { chineseDigitsValue, chineseNumberValue, hit, insideAny, isValidDate, matchAll, verbatimSpans } from '../core/text';
import type { DocumentRule, Hit, ParagraphRule } from '../core/types';

const DATE_BASIS = 'GB/T 15835-2011《出版物上数字的用法》、GB/T 9704-2012：日期写作“2023年5月26日”，年份写全，月、日不编虚位。';
const written = (year: number, month: number, day: number) => `${year}年${month}月${day}日`;

/** 「2023526」 read as a date: the one reading with a real month and day, or undefined when there is none or more than one. */
function readCompactDate(digits: string): { year: number; month: number; day: number } | undefined {
  const year = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  const splits = rest.length === 4 ? [2] : rest.length === 3 ? [1, 2] : [];
  const readings = splits
    .map((at) => ({ year, month: Number(rest.slice(0, at)), day: Number(rest.slice(at)), padded: rest[at] === '0' || rest[0] === '0' }))
    .filter(({ month, day, padded }) => isValidDate(year, month, day) && !(rest.length === 3 && padded));
  return readings.length === 1 ? readings[0] : undefined;
}

export const dateMissingUnits: ParagraphRule = {
  id: 'date-missing-units',
  title: '日期缺年月日',
  severity: 'error',
  defaultOn: true,
  basis: DATE_BASIS,
  scope: 'paragraph',
  check: ({ text }) => {
    const hits: Hit[] = [];
    for (const m of matchAll(/(?<![\d.\-/A-Za-z])20\d{5,6}(?![\d])/, text)) {
      const alone = text.trim() === m[0];
      const dated =
        /(?:于|在|至|截至|日期[:：]?|时间[:：]?)\s*$/.test(text.slice(0, m.index)) || /^(?:前|以来|起|召开|印发|发布)/.test(text.slice(m.index + m[0].length));
      const date = readCompactDate(m[0]);
      if (!date || !(alone || dated)) continue;
      hits.push(
        hit(
          m.index,
          m.index + m[0].length,
          `日期缺了“年”“月”“日”，请写成“${written(date.year, date.month, date.day)}”。`,
          written(date.year, date.month, date.day),
        ),
      );
    }
    for (const m of matchAll(/(?<!\d)(\d{1,2})月(\d{1,2})(?=[，。、,；;\s]|$)/, text)) {
      if (!isValidDate(undefined, Number(m[1]), Number(m[2]))) continue;
      hits.push(hit(m.index, m.index + m[0].length, `日期缺了“日”，请写成“${m[0]}日”。`, `${m[0]}日`));
    }
    return hits;
  },
};

const AFTER_NUMBER = '年月日万亿千百十余多个名人家项次件户台辆套所座条篇份张元吨米亩公平株头只批期届号位例种类处间栋层宗笔场至到倍';
const BARE_YEAR = new RegExp(`(?<=^\\s*|[。，；：！？,;:（(“])(?:19|20)\\d{2}(?=[,，]|[\\u4e00-\\u9fff])(?![${AFTER_NUMBER}])`);

export const yearMissingNian: ParagraphRule = {
  id: 'year-missing-nian',
  title: '年份缺“年”',
  severity: 'error',
  defaultOn: true,
  basis: DATE_BASIS,
  scope: 'paragraph',
  check: ({ text }) => [...matchAll(BARE_YEAR, text)].map((m) => hit(m.index, m.index + 4, `“${m[0]}”后面缺了“年”，请写成“${m[0]}年”。`, `${m[0]}年`)),
};

export const dateLeadingZero: ParagraphRule = {
  id: 'date-leading-zero',
  title: '日期多了“0”',
  severity: 'error',
  defaultOn: true,
  basis: DATE_BASIS,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<!\d)0[1-9](?=月)|(?<=月)0[1-9](?=日)/, text)].map((m) =>
      hit(m.index, m.index + 2, `月、日前面不加“0”，请把“${m[0]}”写成“${m[0][1]}”。`, m[0][1]),
    ),
};

export const dateNumericSeparators: ParagraphRule = {
  id: 'date-numeric',
  title: '日期用了点号或横线',
  severity: 'warning',
  defaultOn: true,
  basis: DATE_BASIS,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<![\d.\-/A-Za-z])((?:19|20)\d{2})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/]|[A-Za-z])/, text)]
      .filter((m) => !insideAny(verbatimSpans(text), m.index) && isValidDate(Number(m[1]), Number(m[3]), Number(m[4])))
      .map((m) => {
        const fixed = written(Number(m[1]), Number(m[3]), Number(m[4]));
        return hit(m.index, m.index + m[0].length, `公文里的日期请写成“${fixed}”。`, fixed);
      }),
};

export const dateInvalid: ParagraphRule = {
  id: 'date-invalid',
  title: '日期不存在',
  severity: 'error',
  defaultOn: true,
  basis: '日历：每月的天数一定，2月平年28天、闰年29天。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<!\d)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/, text)]
      .filter(
        (m) =>
          (m[1] !== undefined || m[3] !== undefined) &&
          !isValidDate(m[1] === undefined ? undefined : Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])),
      )
      .map((m) => hit(m.index, m.index + m[0].length, `没有“${m[0]}”这一天，请核对日期。`)),
};

export const dateTwoDigitYear: ParagraphRule = {
  id: 'date-two-digit-year',
  title: '年份没写全',
  severity: 'warning',
  defaultOn: true,
  basis: DATE_BASIS,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<![\d〇零一二三四五六七八九十近约])\d{2}年(?=\d{1,2}月)/, text)].map((m) =>
      hit(m.index, m.index + m[0].length, `年份要写全四位，如“20${m[0]}”，请核对后改正。`),
    ),
};

export const chineseZero: ParagraphRule = {
  id: 'chinese-zero',
  title: '汉字年份中的“0”',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 15835-2011：用汉字写的年份，零写作“〇”，不用阿拉伯数字“0”或字母“O”。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/[〇零一二三四五六七八九0OoＯ０]{4}(?=年)/, text)]
      .filter((m) => /[一二三四五六七八九]/.test(m[0]) && /[0OoＯ０零]/.test(m[0]))
      .map((m) => {
        const fixed = m[0].replace(/[0OoＯ０零]/g, '〇');
        return hit(m.index, m.index + 4, `汉字年份里的零写作“〇”，请改成“${fixed}”。`, fixed);
      }),
};

export const signoffChineseDate: ParagraphRule = {
  id: 'signoff-chinese-date',
  title: '成文日期用了汉字',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：成文日期用阿拉伯数字将年、月、日标全。',
  scope: 'paragraph',
  check: ({ text, role }) => {
    if (role !== 'date') return [];
    const m = /([〇零一二三四五六七八九0OoＯ０]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/.exec(text);
    if (!m) return [];
    const year = chineseDigitsValue(m[1].replace(/[0OoＯ０零]/g, '〇'));
    const month = chineseNumberValue(m[2]);
    const day = chineseNumberValue(m[3]);
    if (year === undefined || month === undefined || day === undefined || !isValidDate(year, month, day)) return [];
    return [hit(m.index, m.index + m[0].length, `成文日期用阿拉伯数字，请写成“${written(year, month, day)}”。`, written(year, month, day))];
  },
};

/** A line that is only a day, maybe with its month, as a 成文日期 left half-typed: 「0二十六日」「5月26日」. */
const PARTIAL_DATE_LINE = /^\s*(?:[\d〇零一二三四五六七八九十○OＯ]{1,4}\s*月\s*)?[\d〇零一二三四五六七八九十○OＯ]{1,4}\s*日\s*$/;

export const dateLineIncomplete: DocumentRule = {
  id: 'date-line-incomplete',
  title: '成文日期不完整',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：成文日期用阿拉伯数字将年、月、日标全，如“2023年5月26日”。',
  scope: 'document',
  check: (paragraphs) => {
    // The letter's last line before its 抄送 and 附注 is where the 成文日期 stands.
    let index = paragraphs.length - 1;
    while (index >= 0 && (paragraphs[index].text.trim() === '' || paragraphs[index].role === 'cc' || paragraphs[index].role === 'note')) index -= 1;
    const last = paragraphs[index];
    if (!last || !PARTIAL_DATE_LINE.test(last.text)) return [];
    const start = last.text.length - last.text.trimStart().length;
    return [{ paragraph: index, ...hit(start, last.text.trimEnd().length, '成文日期缺了年份或月份，请写全，如“2023年5月26日”。') }];
  },
};
