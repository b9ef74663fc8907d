import {
  COLOPHON_CHARS,
  COLOPHON_RULE_MM,
  FOLIO_GAP_MM,
  GRID,
  LETTERHEAD_LINE_HEIGHT,
  LETTERHEAD_MM,
  PAGE as PAGE_MM,
  PT_PER_MM,
  SIZE_PT,
  TYPE_AREA as AREA_MM,
} from '../print/metrics';

/**
 * The print layout's GB/T 9704 numbers (shared/print/metrics.ts) in Word's units: twips (1/20 pt),
 * half-points for font sizes, eighths of a point for border widths.
 */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

export { SIZE_PT };

export const PAGE = { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) };
export const MARGIN = {
  top: mm(AREA_MM.top),
  bottom: mm(PAGE_MM.height - AREA_MM.top - AREA_MM.height),
  left: mm(AREA_MM.binding),
  right: mm(AREA_MM.outer),
};
/** 版心 156 × 225 mm. */
export const TYPE_AREA = { width: PAGE.width - MARGIN.left - MARGIN.right, height: PAGE.height - MARGIN.top - MARGIN.bottom };

export const LINES_PER_PAGE = GRID.lines;
export const CHARS_PER_LINE = GRID.chars;
/** 225 mm / 22 lines = 28.99 pt; Word templates use 28.95 pt (579 twips), which keeps 22 lines inside the 版心. */
export const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);

const halfPoints = (pt: number) => pt * 2;
export const SIZE = { title: halfPoints(SIZE_PT.er), body: halfPoints(SIZE_PT.san), colophon: halfPoints(SIZE_PT.si), pageNumber: halfPoints(SIZE_PT.si) };

/**
 * Word's character grid: each character advances by the Normal font size plus charSpace/4096 pt.
 * 156 mm / 28 = 15.79 pt, about 0.21 pt narrower than a 16 pt 三号 character.
 */
export const CHAR_PITCH_TWIPS = TYPE_AREA.width / CHARS_PER_LINE;
export const CHAR_SPACE = Math.floor((CHAR_PITCH_TWIPS / 20 - SIZE_PT.san) * 4096);
/**
 * The same narrowing as condensed character spacing (twips), for programs that do not compress to the
 * grid: LibreOffice gives a 16 pt character two 15.79 pt cells, so without it a line holds 14 characters.
 */
export const CONDENSE = Math.floor(CHAR_PITCH_TWIPS - SIZE_PT.san * 20);
/**
 * One character of 三号 text, for 左空二字, 右空四字. Rounded down: LibreOffice moves an indent on to the next
 * whole grid cell, and 2 × 316 twips is just past two cells of 315.9, which indented by three.
 */
export const CHAR = Math.floor(CHAR_PITCH_TWIPS);
/** One 四号 character, for the 版记 and page number's 空一字. */
export const SMALL_CHAR = SIZE_PT.si * 20;

/** The page number's 一字线 sits 7 mm below the 版心; the footer's distance is measured to its bottom. */
export const FOOTER_DISTANCE = MARGIN.bottom - mm(FOLIO_GAP_MM) - SIZE_PT.si * 20;

/**
 * A 横排 table's section (GB/T 9704 §8): A4 landscape, its head toward the binding edge, so the upright
 * page's binding margin is on top and its foot margin on the left; the 版心 is 225 × 156 mm.
 */
export const TURNED_MARGIN = { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.bottom, right: MARGIN.top };
export const TURNED_FOOTER_DISTANCE = TURNED_MARGIN.bottom - mm(FOLIO_GAP_MM) - SIZE_PT.si * 20;

/** Border widths in eighths of a point. */
const rule = (widthMm: number) => Math.round(widthMm * PT_PER_MM * 8);

/** 版记: thick first and last lines, thin between; 左右各空一字; wrapped 抄送 lines align after 「抄送：」. */
export const COLOPHON = {
  thickRule: rule(COLOPHON_RULE_MM.thick),
  thinRule: rule(COLOPHON_RULE_MM.thin),
  side: COLOPHON_CHARS.side * SMALL_CHAR,
  hanging: COLOPHON_CHARS.label * SMALL_CHAR,
};

/** 信函格式 版头: the name's top 30 mm from the page top, the double line 4 mm below it and 170 mm long. */
export const LETTERHEAD = {
  nameTop: mm(LETTERHEAD_MM.nameTop),
  nameLine: Math.round(SIZE_PT.er * LETTERHEAD_LINE_HEIGHT * 20),
  /** Word's border spacing is in points. */
  ruleGapPt: Math.round(LETTERHEAD_MM.ruleGap * PT_PER_MM),
  /** How far the 170 mm line reaches past each side of the 156 mm 版心. */
  overhang: Math.round((mm(LETTERHEAD_MM.ruleWidth) - TYPE_AREA.width) / 2),
  ruleWidth: rule(LETTERHEAD_MM.thickRule + LETTERHEAD_MM.ruleGapBetween + LETTERHEAD_MM.thinRule),
};

export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};
