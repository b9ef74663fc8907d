/**
 * Which cell styles show a number as a date. A spreadsheet stores a date as a day count; only the
 * number format of the cell's style says it is one. Built-in formats by id (including the Chinese
 * ones, 27–36 and 50–58), custom ones by their format code.
 */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code with day, month, year or time letters outside quoted text and [brackets]. */
export function isDateFormatCode(code: string): boolean {
  // Quoted text, [colours and locales], and the escaped, padding and fill characters (\x _x *x) are not tokens.
  const bare = code
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/General/gi, '');
  return /[ymdhsb]/i.test(bare);
}

export function isDateFormat(numFmtId: number, customCodes: ReadonlyMap<number, string>): boolean {
  const code = customCodes.get(numFmtId);
  if (code !== undefined) return isDateFormatCode(code);
  return BUILT_IN_DATE_IDS.has(numFmtId);
}

const DAY_MS = 24 * 3600 * 1000;

/** A day count as the sheet's calendar date (YYYY-MM-DD); the 1904 system counts from 1904-01-01. */
export function isoFromSerial(serial: number, date1904: boolean): string | null {
  const time = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
