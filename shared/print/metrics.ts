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
