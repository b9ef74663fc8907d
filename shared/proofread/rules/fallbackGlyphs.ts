import { gb2312Characters } from '../../print/gb2312';
import { hit } from '../core/text';
import type { Hit, ParagraphRule } from '../core/types';

/** Only hanzi: symbols outside GB2312 (〇, en spaces) are left to the other rules. */
const HANZI = /\p{Unified_Ideograph}/u;

let bmpCovered: Uint8Array | undefined;

/**
 * GB2312's BMP characters (and ASCII) as a flat table: the rule reads every character of the letter,
 * and a table lookup by UTF-16 unit costs far less than a Set lookup or a regex test per character.
 */
function coveredTable(): Uint8Array {
  if (bmpCovered) return bmpCovered;
  bmpCovered = new Uint8Array(0x10000);
  bmpCovered.fill(1, 0, 0x80);
  for (const code of gb2312Characters()) if (code < 0x10000) bmpCovered[code] = 1;
  return bmpCovered;
}

export const outsideGb2312: ParagraphRule = {
  id: 'outside-gb2312',
  title: '字库外的汉字',
  severity: 'info',
  defaultOn: true,
  basis: '仿宋_GB2312、楷体_GB2312 只收 GB2312 的 6763 个汉字：人名、地名里的生僻字（如“喆”“堃”“𠮷”）这些字体里没有，打印时用替代字体，字形与前后文不同。',
  scope: 'paragraph',
  check: ({ text }) => {
    const covered = coveredTable();
    const hits: Hit[] = [];
    for (let at = 0; at < text.length; at += 1) {
      if (covered[text.charCodeAt(at)] === 1) continue;
      const code = text.codePointAt(at)!;
      const ch = String.fromCodePoint(code);
      if (HANZI.test(ch)) {
        hits.push(
          hit(
            at,
            at + ch.length,
            `“${ch}”不在公文字体（仿宋_GB2312）的字库里，打印时用替代字体（思源宋体），字形会与前后文略有不同；请核对这个字，必要时打印后检查。`,
          ),
        );
      }
      at += ch.length - 1;
    }
    return hits;
  },
};
