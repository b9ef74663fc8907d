import { FONT_STACKS, TITLE_FALLBACK_FACE, fontFamilyValue } from './fonts';
import { FOLIO_GAP_MM, GRID, PAGE, SIZE_PT, TYPE_AREA } from './metrics';

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
  return `
@font-face { font-family: "${TITLE_FALLBACK_FACE}"; src: local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"); }
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
p, h1 { margin: 0; font-weight: normal; }
.b-body, .b-closing, .b-heading, .b-note { text-indent: calc(2 * ${char}); }
.split-tail { text-indent: 0 !important; }
.split-head { text-align-last: justify; }
.b-addressee { text-indent: 0; }
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
.letterhead { margin-top: -7mm; margin-bottom: var(--pitch); text-align: center; }
.lh-name { font-family: ${fontFamilyValue(FONT_STACKS.title)}; font-size: ${SIZE_PT.er}pt; letter-spacing: 0; color: #e00; line-height: 1.2; }
.lh-rule { width: 170mm; margin: 4mm 0 0 -7mm; border-top: 0.8mm solid #e00; border-bottom: 0.3mm solid #e00; height: 0.6mm; }
.letter-foot {
  position: absolute; left: 20mm; width: 170mm; top: ${mm(PAGE.height - 20)};
  border-top: 0.3mm solid #e00; border-bottom: 0.8mm solid #e00; height: 0.6mm;
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
.colophon--ordinary { border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; }
.cc { padding: 0 ${smallChar} 0 calc(4 * ${smallChar}); text-indent: calc(-3 * ${smallChar}); }
.colophon--ordinary .cc + .issued { border-top: 0.25mm solid #000; }
.issued { display: flex; justify-content: space-between; padding: 0 ${smallChar}; }
.folio {
  position: absolute; top: calc(${folioTop} - ${SIZE_PT.si / 2}pt); font-family: ${fontFamilyValue(FONT_STACKS.song)};
  font-size: ${SIZE_PT.si}pt; line-height: 1; letter-spacing: 0; white-space: pre;
}
.page--odd .folio { right: calc(${mm(TYPE_AREA.outer)} + ${smallChar}); }
.page--even .folio { left: calc(${mm(TYPE_AREA.binding)} + ${smallChar}); }
.mirrored .page--even .folio { left: calc(${mm(TYPE_AREA.outer)} + ${smallChar}); }
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
