/** Calendar dates as `YYYY-MM-DD` strings (domain model): no time of day, no time zone. */

function parts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year, month, day];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months later on the same day, clamped to the month's end: three months after 11-30 is 02-28 (or 02-29). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Today's date where the clerk sits, not in UTC: at 07:00 in Beijing it is already tomorrow's UTC-evening date. */
export function localDate(instant: Date): string {
  return format(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

/** 「2024-03-15」 → 「2024年3月15日」. */
export function chineseDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${year}年${month}月${day}日`;
}
