/**
 * GB/T 9704-2012 page geometry in Word's units (twips = 1/20 pt; half-points for font sizes), from
 * /work/shared/research/gbt9704-layout.md §1–§5.
 */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

export const PAGE = { width: 11906, height: 16838 }; // A4
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** 版心 156 × 225 mm. */
export const TYPE_AREA = { width: PAGE.width - MARGIN.left - MARGIN.right, height: PAGE.height - MARGIN.top - MARGIN.bottom };

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 225 mm / 22 lines = 28.99 pt; Word templates use 28.95 pt (579 twips), which keeps 22 lines inside the 版心. */
export const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);

/** 号 → points: 二号 22, 三号 16, 四号 14. */
export const SIZE_PT = { er: 22, san: 16, si: 14 };
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
/** One character of 三号 text, for 左空二字, 右空四字. */
export const CHAR = Math.round(CHAR_PITCH_TWIPS);
/** One 四号 character, for the 版记 and page number's 空一字. */
export const SMALL_CHAR = SIZE_PT.si * 20;

/** The page number's 一字线 sits 7 mm below the 版心; the footer's distance is measured to its bottom. */
export const FOOTER_DISTANCE = MARGIN.bottom - mm(7) - SIZE_PT.si * 20;

export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};
