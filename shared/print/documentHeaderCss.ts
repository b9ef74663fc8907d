import { DOCUMENT_HEADER_MM, DOCUMENT_NAME_PT, LETTER_MARK_GAP_PT } from './documentHeader';
import { FONT_STACKS, fontFamilyValue } from './fonts';
import { LETTERHEAD_RED, SIZE_PT, TYPE_AREA } from './metrics';

/** The 版头's rules for the print stylesheet; the page's --pitch is the 22-line grid's line. */
export function documentHeaderCss(): string {
  const char = `calc(${TYPE_AREA.width}mm / 28)`;
  // The name's top sits 35 mm below the 版心's top whatever number of 份号/密级/紧急程度 lines stand above it.
  const nameTops = [0, 1, 2, 3].map((lines) => `.doc-head--${lines} .dh-name { margin-top: calc(${DOCUMENT_HEADER_MM.nameTop}mm - ${lines} * var(--pitch)); }`);
  return `
.doc-head { text-indent: 0; }
.dm { text-align: left; letter-spacing: 0; }
.dm-secrecy, .dm-urgency { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; }
/* §10.1: the first mark's text 7/8 of a 三号 character below the double line; a line's text sits centred in it. */
.letterhead + .doc-head { margin-top: calc(-1 * var(--pitch) + ${LETTER_MARK_GAP_PT}pt - (var(--pitch) - ${SIZE_PT.san}pt) / 2); }
.dm--numbered { display: flex; justify-content: space-between; }
.dm-number { font-family: ${fontFamilyValue(FONT_STACKS.fangsong)}; }
.dh-name {
  font-family: ${fontFamilyValue(FONT_STACKS.title)}; font-size: ${DOCUMENT_NAME_PT}pt; line-height: 1; letter-spacing: 0;
  text-align: center; color: #${LETTERHEAD_RED};
}
${nameTops.join('\n')}
.dh-number { margin-top: calc(2 * var(--pitch)); line-height: 1; text-align: center; letter-spacing: 0; }
.dh-number--upward { display: flex; justify-content: space-between; padding: 0 ${char}; }
.dh-signer-name { font-family: ${fontFamilyValue(FONT_STACKS.kai)}; }
/* A filled box, not a border: Chromium rounds border widths down to whole pixels. */
.dh-rule { margin-top: ${DOCUMENT_HEADER_MM.ruleGap}mm; height: ${DOCUMENT_HEADER_MM.rule}mm; background: #${LETTERHEAD_RED}; }
.doc-head + .b-title { margin-top: var(--pitch); }
.doc-head:has(.dh-rule) + .b-title { margin-top: calc(2 * var(--pitch)); }
`;
}
