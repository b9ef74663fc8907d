import { inGb2312 } from '../../print/gb2312';
import { hit } from '../core/text';
import type { Hit, ParagraphRule } from '../core/types';

/** Only hanzi: symbols outside GB2312 (〇, en spaces) are left to the other rules. */
const HANZI = /\p{Unified_Ideograph}/u;

export const outsideGb2312: ParagraphRule = {
  id: 'outside-gb2312',
  title: '字库外的汉字',
  severity: 'info',
  defaultOn: true,
  basis: '仿宋_GB2312、楷体_GB2312 只收 GB2312 的 6763 个汉字：人名、地名里的生僻字（如“喆”“堃”“𠮷”）这些字体里没有，打印时用替代字体，字形与前后文不同。',
  scope: 'paragraph',
  check: ({ text }) => {
    const hits: Hit[] = [];
    let at = 0;
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (HANZI.test(ch) && !inGb2312(code)) {
        hits.push(
          hit(
            at,
            at + ch.length,
            `“${ch}”不在公文字体（仿宋_GB2312）的字库里，打印时用替代字体（思源宋体），字形会与前后文略有不同；请核对这个字，必要时打印后检查。`,
          ),
        );
      }
      at += ch.length;
    }
    return hits;
  },
};
