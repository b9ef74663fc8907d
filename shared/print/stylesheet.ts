import { ATTACHMENT_CHARS } from './attachmentParts';
import { FONT_STACKS, fontFamilyValue } from './fonts';
import { documentHeaderCss } from './documentHeaderCss';
import { tableStylesheet } from './tableMarkup';
import {
  COLOPHON_CHARS,
  COLOPHON_RULE_MM,
  FOLIO_GAP_MM,
  GRID,
  LETTERHEAD_LINE_HEIGHT,
  LETTERHEAD_MM,
  LETTERHEAD_RED,
  PAGE,
  SIZE_PT,
  TYPE_AREA,
} from './metrics';

const mm = (value: number) => `${+value.toFixed(4)}mm`;

/**
 * The print stylesheet, the one place the layout's numbers turn into CSS. Pages are explicit
 * 210 × 297 mm boxes built by layoutPages(), so the preview and the printed sheet are the same
 * boxes; @page only removes the printer's own margins.
 */
export function printStylesheet(): string {
  const pitch = `calc(${mm(TYPE_AREA.height)} / ${GRID.lines})`;
  // 28 三号 characters are 158 mm; letter-spacing pulls them onto the 156 mm 版心 (the 0.01pt keeps rounding from losing the 28th).
  const tracking = `calc(${mm(TYPE_AREA.width)} / ${GRID.chars} - ${SIZE_PT.san}pt - 0.01pt)`;
  const char = `calc(${mm(TYPE_AREA.width)} / ${GRID.chars})`;
  const smallChar = `${SIZE_PT.si}pt`;
  const folioTop = mm(TYPE_AREA.top + TYPE_AREA.height + FOLIO_GAP_MM);
  const red = `#${LETTERHEAD_RED}`;
  const head = LETTERHEAD_MM;
  const headRule = (top: number, bottom: number) =>
    `width: ${mm(head.ruleWidth)}; border-top: ${mm(top)} solid ${red}; border-bottom: ${mm(bottom)} solid ${red}; height: ${mm(head.ruleGapBetween)};`;
  return `
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { background: #fff; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.flow, .colophon { width: ${mm(TYPE_AREA.width)}; }
.page {
  position: relative; width: ${mm(PAGE.width)}; height: ${mm(PAGE.height)}; overflow: hidden;
  break-after: page; background: #fff;
}
.page:last-child { break-after: auto; }
.area, .flow, .colophon {
  --pitch: ${pitch};
  font-family: ${fontFamilyValue(FONT_STACKS.fangsong)};
  font-size: ${SIZE_PT.san}pt; line-height: var(--pitch); letter-spacing: ${tracking};
  text-align: justify; line-break: strict; text-spacing-trim: space-all; font-kerning: none;
  font-variant-east-asian: normal; font-feature-settings: "palt" 0, "halt" 0, "chws" 0;
  orphans: 1; widows: 1;
}
.area {
  position: absolute; top: ${mm(TYPE_AREA.top)}; left: ${mm(TYPE_AREA.binding)};
  width: ${mm(TYPE_AREA.width)}; height: ${mm(TYPE_AREA.height)};
}
.mirrored .page--even .area { left: ${mm(TYPE_AREA.outer)}; }
/* GB/T 9704 §8 横排表格: laid out across the 版心 turned sideways, then turned so the table's head faces the binding edge of an odd page and the outer edge of an even one; the page number stays where it is on every page. */
.page--turned .area { width: ${mm(TYPE_AREA.height)}; height: ${mm(TYPE_AREA.width)}; }
.page--turned.page--laid .area { transform-origin: 0 0; transform: translateY(${mm(TYPE_AREA.height)}) rotate(-90deg); }
p, h1 { margin: 0; font-weight: normal; }
.b-body, .b-closing, .b-heading, .b-note { text-indent: calc(2 * ${char}); }
.split-tail { text-indent: 0 !important; }
.split-head { text-align-last: justify; }
.b-addressee { text-indent: 0; }
.b-attachment { display: flex; padding-left: calc(${ATTACHMENT_CHARS.lead} * ${char}); text-indent: 0; }
.b-attachment--first { margin-top: var(--pitch); }
.att-label { flex: none; width: calc(${ATTACHMENT_CHARS.label} * ${char}); white-space: nowrap; }
.att-number { flex: none; min-width: calc(${ATTACHMENT_CHARS.number} * ${char}); white-space: nowrap; }
.att-name { flex: 1 1 0; min-width: 0; }
.b-header { text-align: right; }
.b-h1 .h-lead { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; }
.b-h2 .h-lead { font-family: ${fontFamilyValue(FONT_STACKS.kai)}; }
.b-title {
  position: relative; font-family: ${fontFamilyValue(FONT_STACKS.title)}; font-size: ${SIZE_PT.er}pt;
  letter-spacing: 0; text-align: center; text-wrap: balance; margin-bottom: var(--pitch);
}
.b-title .w { white-space: nowrap; }
.reply-mark {
  position: absolute; right: 0; top: calc(-1 * var(--pitch)); font-family: ${fontFamilyValue(FONT_STACKS.hei)};
  font-size: ${SIZE_PT.san}pt; letter-spacing: 0;
}
.b-title:has(.reply-mark), .b-header + .b-title, .letterhead + .b-title { margin-top: var(--pitch); }
.letterhead { margin-top: ${mm(head.nameTop - TYPE_AREA.top)}; margin-bottom: var(--pitch); text-align: center; }
.lh-name { font-family: ${fontFamilyValue(FONT_STACKS.title)}; font-size: ${SIZE_PT.er}pt; letter-spacing: 0; color: ${red}; line-height: ${LETTERHEAD_LINE_HEIGHT}; }
.lh-rule { margin: ${mm(head.ruleGap)} 0 0 ${mm((TYPE_AREA.width - head.ruleWidth) / 2)}; ${headRule(head.thickRule, head.thinRule)} }
.letter-foot {
  position: absolute; left: ${mm((PAGE.width - head.ruleWidth) / 2)}; top: ${mm(PAGE.height - head.footFromBottom)};
  ${headRule(head.thinRule, head.thickRule)}
}
.signoff--sealed { padding-top: calc(2 * var(--pitch)); }
.signoff--unsealed, .signoff--snug { padding-top: var(--pitch); }
.signoff-box { width: fit-content; margin-left: auto; text-indent: 0; }
.signoff--sealed .signoff-box { margin-right: calc(4 * ${char}); }
.signoff--sealed .sig { width: 0; min-width: 100%; display: flex; justify-content: center; white-space: nowrap; }
.signoff--sealed .date { white-space: nowrap; }
.signoff--unsealed .signoff-box { margin-right: calc(2 * ${char}); }
.signoff--unsealed .sig { white-space: nowrap; }
.signoff--unsealed .date { white-space: nowrap; margin-left: calc(2 * ${char}); }
.colophon { font-size: ${SIZE_PT.si}pt; letter-spacing: 0; }
.area .colophon { position: absolute; left: 0; bottom: 0; }
.colophon--ordinary { border-top: ${mm(COLOPHON_RULE_MM.thick)} solid #000; border-bottom: ${mm(COLOPHON_RULE_MM.thick)} solid #000; }
.cc { padding: 0 ${smallChar} 0 calc(${COLOPHON_CHARS.side + COLOPHON_CHARS.label} * ${smallChar}); text-indent: calc(-${COLOPHON_CHARS.label} * ${smallChar}); }
.colophon--ordinary .cc + .issued { border-top: ${mm(COLOPHON_RULE_MM.thin)} solid #000; }
.issued { display: flex; justify-content: space-between; padding: 0 ${smallChar}; }
.folio {
  position: absolute; top: calc(${folioTop} - ${SIZE_PT.si / 2}pt); font-family: ${fontFamilyValue(FONT_STACKS.song)};
  font-size: ${SIZE_PT.si}pt; line-height: 1; letter-spacing: 0; white-space: pre;
}
.page--odd .folio { right: calc(${mm(TYPE_AREA.outer)} + ${smallChar}); }
.page--even .folio { left: calc(${mm(TYPE_AREA.binding)} + ${smallChar}); }
.mirrored .page--even .folio { left: calc(${mm(TYPE_AREA.outer)} + ${smallChar}); }
${tableStylesheet(SIZE_PT.si, fontFamilyValue(FONT_STACKS.hei))}
${documentHeaderCss()}
@media screen {
  body { background: #8a8f98; }
  .pages { display: flex; flex-direction: column; align-items: center; gap: 8mm; padding: 8mm 0; }
  .page { box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.35); }
  .unfilled { background: #ffe08a; outline: 0.3mm dashed #b7791f; }
  .page--tightened::after {
    content: "本页已收紧行距"; position: absolute; right: 2mm; top: 2mm; font: 9pt sans-serif; color: #8a5a00;
  }
}
@media print { .pages { display: block; } }
`;
}
