import { parseLooseDate } from './looseDate';

/**
 * What a clerk typed into a date field. Full dates are read as import reads them (looseDate.ts); a
 * month and day alone take a year by the field's rule, and the caller shows which year it took.
 */
export type DateEntry =
  { kind: 'empty' } | { kind: 'date'; iso: string; yearTaken?: number } | { kind: 'impossible'; problem: string } | { kind: 'unreadable' };

/**
 * Which year 「5月26日」 means: this year (成文日期, 交办日期), or, for a deadline, next year when
 * that day of this year has already gone by (办理期限).
 */
export type YearRule = 'thisYear' | 'upcoming';

const FULL_WIDTH = /[０-９－．／]/g;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})日?$/;
/** Whole dates looseDate.ts leaves alone: one without its 日, or one that is not a real day (to say what is wrong). */
const WHOLE_DATE = [/^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/, /^(\d{4})(\d{2})(\d{2})$/];
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Why year/month/day is not a day of the calendar, or null when it is one. */
function problemWith(month: number, day: number, year?: number): string | null {
  if (year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR)) return `年份应在${FIRST_YEAR}年到${LAST_YEAR}年之间`;
  if (month < 1 || month > 12) return `没有${month}月`;
  const last = daysIn(year ?? 2000, month);
  if (day < 1 || day > last) return `${year !== undefined && month === 2 && day === 29 ? `${year}年` : ''}${month}月没有${day}日`;
  return null;
}

function monthAndDay(month: number, day: number, today: string, rule: YearRule): DateEntry {
  const thisYear = Number(today.slice(0, 4));
  const passed = rule === 'upcoming' && iso(thisYear, month, day) < today;
  const year = passed ? thisYear + 1 : thisYear;
  const problem = problemWith(month, day, year);
  return problem ? { kind: 'impossible', problem } : { kind: 'date', iso: iso(year, month, day), yearTaken: year };
}

/** Reads a date field's text; `today` is the clerk's date as YYYY-MM-DD. */
export function readDateEntry(raw: string, today: string, rule: YearRule = 'thisYear'): DateEntry {
  const text = raw.replace(/\s/g, '').replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  if (text === '') return { kind: 'empty' };
  const whole = parseLooseDate(text);
  if (whole) return { kind: 'date', iso: whole.iso };
  const short = MONTH_DAY.exec(text);
  if (short) return monthAndDay(Number(short[1]), Number(short[2]), today, rule);
  for (const shape of WHOLE_DATE) {
    const parts = shape.exec(text);
    if (!parts) continue;
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const problem = problemWith(month, day, year);
    return problem ? { kind: 'impossible', problem } : { kind: 'date', iso: iso(year, month, day) };
  }
  return { kind: 'unreadable' };
}
