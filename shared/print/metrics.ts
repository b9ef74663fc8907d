/**
 * GB/T 9704-2012 page geometry in millimetres. The 版心 is 156 × 225 mm at 37 mm from the top and
 * 28 mm from the binding edge; 22 lines of 28 三号 characters fill it.
 */
export const PAGE = { width: 210, height: 297 } as const;
export const TYPE_AREA = { top: 37, binding: 28, outer: 26, width: 156, height: 225 } as const;
export const GRID = { lines: 22, chars: 28 } as const;

/** 号 sizes in points, as Word and WPS use them. */
export const SIZE_PT = { er: 22, san: 16, si: 14 } as const;

export const PT_PER_MM = 72 / 25.4;
export const LINE_PITCH_MM = TYPE_AREA.height / GRID.lines;
export const CHAR_PITCH_MM = TYPE_AREA.width / GRID.chars;

/** The 一字线 of the page number sits 7 mm below the 版心. */
export const FOLIO_GAP_MM = 7;

/** Stranded 署名/成文日期: how many extra lines a page may gain by tightening its line pitch. */
export const MAX_TIGHTEN_LINES = 4;

/** 版记 separator lines: the first and last thick, those between elements thin. */
export const COLOPHON_RULE_MM = { thick: 0.35, thin: 0.25 } as const;
/** 版记 lines keep one 四号 character clear on each side; a wrapped 抄送 line aligns after 「抄送：」. */
export const COLOPHON_CHARS = { side: 1, label: 3 } as const;

/**
 * 信函格式: the 发文机关 name with its top 30 mm from the top of the page, in red; a red double line
 * (thick over thin) 4 mm below it and another (thin over thick) 20 mm above the bottom, both 170 mm
 * long and centred on the page.
 */
export const LETTERHEAD_MM = { nameTop: 30, ruleGap: 4, ruleWidth: 170, footFromBottom: 20, thickRule: 0.8, thinRule: 0.3, ruleGapBetween: 0.6 } as const;
/** The one red of the 版头 (name and lines), as hex RGB. */
export const LETTERHEAD_RED = 'ee0000';
/** The name line's height as a multiple of its 二号 size. */
export const LETTERHEAD_LINE_HEIGHT = 1.2;
