import { parseHeadingMarker } from '../core/headingMarker';
import { hit, isCjk, isHan } from '../core/text';
import type { ParagraphRule } from '../core/types';
import { closerOf, openerOf, scanPairs } from './pairScan';

const PAIR_BASIS = 'GB/T 15834-2011《标点符号用法》：引号、括号、书名号都是成对使用的标点。';

export const pairUnopened: ParagraphRule = {
  id: 'pair-unopened',
  title: '成对标点缺前一半',
  severity: 'error',
  defaultOn: true,
  basis: PAIR_BASIS,
  scope: 'paragraph',
  check: ({ text }) =>
    scanPairs(text).unopened.map((i) =>
      hit(i, i + 1, `“${text[i]}”前面没有对应的“${openerOf(text[i])}”。请在该补的位置加上“${openerOf(text[i])}”，或删去多余的“${text[i]}”。`),
    ),
};

export const pairUnclosed: ParagraphRule = {
  id: 'pair-unclosed',
  title: '成对标点缺后一半',
  severity: 'error',
  defaultOn: true,
  basis: `${PAIR_BASIS}引文跨段时，每段开头用前引号，只在最后一段末尾用后引号。`,
  scope: 'paragraph',
  check: ({ text }) =>
    scanPairs(text)
      .unclosed.filter((i) => !(text[i] === '“' && text.trimStart().startsWith('“')))
      .map((i) => hit(i, i + 1, `“${text[i]}”后面没有对应的“${closerOf(text[i])}”。请补上“${closerOf(text[i])}”，或删去多余的“${text[i]}”。`)),
};

export const pairWidthMismatch: ParagraphRule = {
  id: 'pair-width-mismatch',
  title: '括号前后不一致',
  severity: 'error',
  defaultOn: true,
  basis: `${PAIR_BASIS}中文里的括号用全角“（）”，前后要一致。`,
  scope: 'paragraph',
  check: ({ text }) =>
    scanPairs(text).matched.flatMap(({ open, close }) => {
      if (text[open] === '（' && text[close] === ')') return [hit(close, close + 1, '前面是全角“（”，后面却是半角“)”，请改成“）”。', '）')];
      if (text[open] === '(' && text[close] === '）') return [hit(open, open + 1, '后面是全角“）”，前面却是半角“(”，请改成“（”。', '（')];
      return [];
    }),
};

export const halfwidthBracket: ParagraphRule = {
  id: 'halfwidth-bracket',
  title: '中文里用了半角括号',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 15834-2011：中文文本使用全角标点符号，括号用“（）”。',
  scope: 'paragraph',
  check: ({ text }) => {
    const markerEnd = parseHeadingMarker(text)?.end ?? 0;
    return scanPairs(text).matched.flatMap(({ open, close }) => {
      // A heading number such as (一) is fixed as a whole by heading-ordinal-punct.
      if (text[open] !== '(' || text[close] !== ')' || close < markerEnd) return [];
      if (![...text.slice(open + 1, close)].some(isHan)) return [];
      return [hit(open, open + 1, '中文里的括号应当用全角，请把“(”改成“（”。', '（'), hit(close, close + 1, '中文里的括号应当用全角，请把“)”改成“）”。', '）')];
    });
  },
};

export const nestedTitleMark: ParagraphRule = {
  id: 'nested-title-mark',
  title: '书名号套用',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 15834-2011：书名号里面还要用书名号时，外面用双书名号《》，里面用单书名号〈〉。',
  scope: 'paragraph',
  check: ({ text }) => {
    const titles = scanPairs(text).matched.filter(({ open }) => text[open] === '《');
    return titles
      .filter((inner) => titles.some((outer) => outer.open < inner.open && inner.close < outer.close))
      .map(({ open, close }) => {
        const inner = text.slice(open + 1, close);
        return hit(open, close + 1, `书名号里面的书名应当用单书名号，请改成“〈${inner}〉”。`, `〈${inner}〉`);
      });
  },
};

export const nestedQuoteLevel: ParagraphRule = {
  id: 'nested-quote-level',
  title: '引号套用',
  severity: 'warning',
  defaultOn: false,
  basis: 'GB/T 15834-2011：引号里面还要用引号时，外面用双引号“”，里面用单引号‘’。',
  scope: 'paragraph',
  check: ({ text }) => {
    const quotes = scanPairs(text).matched.filter(({ open }) => text[open] === '“');
    return quotes
      .filter((inner) => quotes.some((outer) => outer.open < inner.open && inner.close < outer.close))
      .map(({ open, close }) => {
        const inner = text.slice(open + 1, close);
        return hit(open, close + 1, `引号里面的引语应当用单引号，请改成“‘${inner}’”。`, `‘${inner}’`);
      });
  },
};

export const asciiQuote: ParagraphRule = {
  id: 'ascii-quote',
  title: '中文里用了英文引号',
  severity: 'error',
  defaultOn: true,
  basis: 'GB/T 15834-2011：中文文本的引号用“”‘’，不用英文的直引号。',
  scope: 'paragraph',
  check: ({ text }) => {
    const quotes = [...text.matchAll(/"/g)].map((m) => m.index);
    if (!quotes.some((i) => isCjk(text[i - 1]) || isCjk(text[i + 1]))) return [];
    // Only a paragraph with an even number of them tells for certain which one opens.
    const certain = quotes.length % 2 === 0;
    return quotes.map((i, n) => {
      const mark = n % 2 === 0 ? '“' : '”';
      return certain ? hit(i, i + 1, `中文里的引号应当用“”，请把这个“"”改成“${mark}”。`, mark) : hit(i, i + 1, '中文里的引号应当用“”，不用英文的直引号“"”。');
    });
  },
};
