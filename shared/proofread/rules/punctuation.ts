import type { BlockRole } from '../../model/document';
import { parseHeadingMarker } from '../core/headingMarker';
import { hit, insideAny, isCjk, isDigit, isHan, matchAll, verbatimSpans } from '../core/text';
import type { ParagraphRule } from '../core/types';

const PUNCT_BASIS = 'GB/T 15834-2011《标点符号用法》';
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };

export const halfwidthPunct: ParagraphRule = {
  id: 'halfwidth-punct',
  title: '中文里用了半角标点',
  severity: 'error',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：中文文本使用全角标点符号。`,
  scope: 'paragraph',
  check: ({ text }) => {
    const verbatim = verbatimSpans(text);
    const marker = parseHeadingMarker(text);
    const hits = [];
    for (const m of matchAll(/[,;:?!.] */, text)) {
      const i = m.index;
      const mark = m[0][0];
      const before = text[i - 1];
      const after = text[i + m[0].length];
      if (insideAny(verbatim, i) || (marker && i < marker.end)) continue;
      if (isDigit(before) && isDigit(after)) continue; // 1,000  8:30  38.6
      if (mark === '.' && (!isHan(before) || (after !== undefined && !isCjk(after)))) continue;
      if (!isCjk(before) && !isCjk(after)) continue;
      hits.push(hit(i, i + m[0].length, `中文里应当用全角标点，请把“${mark}”改成“${FULL_WIDTH[mark]}”。`, FULL_WIDTH[mark]));
    }
    return hits;
  },
};

export const periodInsideEmbeddedQuote: ParagraphRule = {
  id: 'period-inside-quote',
  title: '引语中多了句末点号',
  severity: 'warning',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：引语只是句子的一部分时，引语末尾不用句号、问号、叹号。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/[。！？](?=”[的等之为是和与及])/, text)].map((m) => hit(m.index, m.index + 1, `引号里的话只是句子的一部分，末尾的“${m[0]}”应当删去。`, '')),
};

export const dunBeforeConjunction: ParagraphRule = {
  id: 'dun-before-conjunction',
  title: '连词前多了顿号',
  severity: 'error',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：并列词语之间已有“和、及、与、或、等”时，前面不再用顿号。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/、(?=(?:以及|及(?![时早格])|和(?![谐平美睦气])|与(?![会其])|或(?![许])|等(?![级待同于候次]))[\u4e00-\u9fff。，；])/, text)].map((m) =>
      hit(m.index, m.index + 1, '“和、及、与、或、等”前面不用顿号，请删去这个“、”。', ''),
    ),
};

const MEASURE = '个十百千万亿年月日天周人次名家项倍岁所座条件台辆套户元吨米';
const CN_DIGITS = '一二三四五六七八九';
const APPROXIMATE_NUMBER = new RegExp(`(?<![${CN_DIGITS}十、])([${CN_DIGITS}])、([${CN_DIGITS}])(?=[${MEASURE}])`);

export const dunApproximateNumber: ParagraphRule = {
  id: 'dun-approximate-number',
  title: '概数中多了顿号',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 15835-2011、GB/T 15834-2011：相邻的两个数字连用表示概数时，中间不用顿号。',
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(APPROXIMATE_NUMBER, text)]
      .filter((m) => CN_DIGITS.indexOf(m[2]) === CN_DIGITS.indexOf(m[1]) + 1)
      .map((m) => hit(m.index, m.index + 3, `“${m[0]}”表示概数，中间不用顿号，请写成“${m[1]}${m[2]}”。`, `${m[1]}${m[2]}`)),
};

export const ellipsisForm: ParagraphRule = {
  id: 'ellipsis-form',
  title: '省略号写法不对',
  severity: 'error',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：省略号写作“……”（占两个字的位置），后面不再用“等”“等等”。`,
  scope: 'paragraph',
  check: ({ text }) => {
    const hits = [];
    const verbatim = verbatimSpans(text);
    for (const m of matchAll(/\.{3,}|。{3,}|(?<!…)…(?!…)|……(?=等)/, text)) {
      if (insideAny(verbatim, m.index)) continue;
      if (m[0] === '……') hits.push(hit(m.index, m.index + 2, '省略号和“等”意思重复，留一个就行，请删去“……”或“等”。'));
      else hits.push(hit(m.index, m.index + m[0].length, `省略号应当写成“……”，请把“${m[0]}”改过来。`, '……'));
    }
    return hits;
  },
};

const DOUBLED_MARKS = /[，。、；：]{2}/;

export const repeatedPunct: ParagraphRule = {
  id: 'repeated-punct',
  title: '标点重复',
  severity: 'error',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：一处只用一个点号。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(DOUBLED_MARKS, text)]
      .filter((m) => !(m[0] === '。。' && (text[m.index + 2] === '。' || text[m.index - 1] === '。')))
      .map((m) =>
        m[0][0] === m[0][1]
          ? hit(m.index, m.index + 2, `“${m[0]}”重复了，请删去一个。`, m[0][0])
          : hit(m.index, m.index + 2, `“${m[0][0]}”和“${m[0][1]}”连在一起，只能留一个，请删去不对的那个。`),
      ),
};

export const colonBeforeList: ParagraphRule = {
  id: 'colon-after-ruxia',
  title: '“如下”后应用冒号',
  severity: 'error',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：冒号用在提示下文的词语之后，如“现答复如下：”。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(/(?<=(?:答复|报告|说明|汇报|函复|回复)如下)[。，；]?\s*$/, text)].map((m) =>
      m[0].trim() === ''
        ? hit(m.index - 1, m.index, '“如下”后面要接冒号，请补上“：”。', `${text[m.index - 1]}：`)
        : hit(m.index, m.index + 1, `“如下”后面应当用冒号，请把“${m[0][0]}”改成“：”。`, '：'),
    ),
};

export const missingStopAfterReceipt: ParagraphRule = {
  id: 'missing-stop-after-receipt',
  title: '“收悉”后缺标点',
  severity: 'error',
  defaultOn: true,
  basis: '公文惯例：“……收悉”是一个完整的句子，后面用句号，再接“现答复如下：”或“经研究”等。',
  scope: 'paragraph',
  check: ({ text }) => [...matchAll(/(?<=收悉)(?=[经现我根按通对])/, text)].map((m) => hit(m.index - 1, m.index, '“收悉”后面缺了句号，请补上“。”。', '悉。')),
};

/** 「第  号」「年  月  日」 are blanks left to fill, which unfilled-field reports. */
const BLANKS_TO_FILL = new Set(['第号', '年月', '月日']);
const SPACED_ROLES: readonly BlockRole[] = ['signature', 'date', 'note', 'cc'];
/**
 * A 「标签：内容」 line of the header or the 版记 (类 别：B, 联 系 人：张 雷 电话：…, 抄 报：…): spaces there
 * align columns, and the line's form is the business of the rules for those lines.
 */
const FIELD_LINE = /^\s*[（(]?[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,10}[：:](?!.*[。！？]).{0,80}$/;

export const spaceInChinese: ParagraphRule = {
  id: 'space-in-chinese',
  title: '汉字之间有空格',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：正文连续排列，汉字之间不空格；缩进和对齐由排版负责。',
  scope: 'paragraph',
  check: ({ text, role }) => {
    if (SPACED_ROLES.includes(role) || FIELD_LINE.test(text)) return [];
    // A space after a sentence's end (。！？：) splits no word: it is a lost line break or indent.
    return [...matchAll(/(?<=[\u4e00-\u9fff，、；“”（）《》])[ \u3000\u00a0\u2000-\u200a]+(?=[\u4e00-\u9fff“”（）《》])/, text)]
      .filter((m) => !BLANKS_TO_FILL.has(text[m.index - 1] + text[m.index + m[0].length]))
      .map((m) => hit(m.index, m.index + m[0].length, '汉字之间多了空格，请删去。', ''));
  },
};

const CLOSING = /[。！？；：…”’）》〕】]\s*$/;

export const paragraphWithoutEnd: ParagraphRule = {
  id: 'paragraph-without-end',
  title: '段末缺标点',
  severity: 'warning',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：句子末尾要用句末点号；单独成行的标题、署名、日期除外。`,
  scope: 'paragraph',
  check: ({ text, role }) => {
    const trimmed = text.trimEnd();
    if (role !== 'body' || trimmed.length < 20 || !/[，、；]/.test(trimmed) || CLOSING.test(trimmed) || !isHan(trimmed.at(-1))) return [];
    if (/[:,;.]$|如下$/.test(trimmed)) return [];
    const last = trimmed.length - 1;
    return [hit(last, last + 1, '这一段末尾没有标点，请补上句号。', `${trimmed[last]}。`)];
  },
};

export const dunBetweenQuoted: ParagraphRule = {
  id: 'dun-between-quoted',
  title: '引号、书名号之间的顿号',
  severity: 'info',
  defaultOn: false,
  basis: `${PUNCT_BASIS}：并列的引号或书名号之间通常不用顿号（中间有括注时除外）。`,
  scope: 'paragraph',
  check: ({ text }) => [...matchAll(/(?<=[”》])、(?=[“《])/, text)].map((m) => hit(m.index, m.index + 1, '并列的引号、书名号之间通常不用顿号，可以删去。', '')),
};

/** Words that link a sentence to the one before: a pause after them is a comma, never a 顿号. */
const CONNECTIVES = '在此|同时|此外|另外|其次|首先|最后|因此|所以|但是|然而|总之|为此|对此|据此|特别是|尤其是|下一步';
const DUN_AFTER_CONNECTIVE = new RegExp(`(?<=(?:^|[，。；：！？”,;:!?\\s])(?:${CONNECTIVES}))、`);

export const dunAfterConnective: ParagraphRule = {
  id: 'dun-after-connective',
  title: '关联词语后用了顿号',
  severity: 'error',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：顿号只用在并列词语之间；句首“在此”“同时”“此外”等后面的停顿用逗号。`,
  scope: 'paragraph',
  check: ({ text }) =>
    [...matchAll(DUN_AFTER_CONNECTIVE, text)].map((m) => hit(m.index, m.index + 1, '这里是句子中间的停顿，不是并列词语，请把“、”改成“，”。', '，')),
};

export const colonAfterDe: ParagraphRule = {
  id: 'colon-after-de',
  title: '“的”后面用了冒号',
  severity: 'warning',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：冒号用在提示性话语之后；“……的”后面接的是它修饰的词语，中间不停顿。`,
  scope: 'paragraph',
  check: ({ text }) => {
    const verbatim = verbatimSpans(text);
    return [...matchAll(/(?<=的)[：:]/, text)]
      .filter((m) => !insideAny(verbatim, m.index))
      .map((m) => hit(m.index, m.index + 1, '“的”和后面的词语之间不停顿，请删去这个冒号。', ''));
  },
};

export const hyphenBetweenHan: ParagraphRule = {
  id: 'hyphen-between-han',
  title: '起止之间用了连字符',
  severity: 'warning',
  defaultOn: true,
  basis: `${PUNCT_BASIS}：标示起止（如地点、路段）用一字线“—”，如“迎宾路—北四环”；连字符“-”不用在汉字之间。`,
  scope: 'paragraph',
  check: ({ text }) => {
    const verbatim = verbatimSpans(text);
    return [...matchAll(/(?<=[\u4e00-\u9fff])\s*[-－–]\s*(?=[\u4e00-\u9fff])/, text)]
      .filter((m) => !insideAny(verbatim, m.index))
      .map((m) => hit(m.index, m.index + m[0].length, '汉字之间标示起止用一字线“—”，请把连字符改过来。', '—'));
  },
};
