/** A calendar date read from however a clerk typed it, and whether it was typed the proper way. */
export interface LooseDate {
  iso: string;
  wellFormed: boolean;
}

const CHINESE_DIGITS: Record<string, number> = Object.fromEntries([...'〇一二三四五六七八九'].map((char, value) => [char, value]));
CHINESE_DIGITS['○'] = 0;
CHINESE_DIGITS['零'] = 0;

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1949 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 「二〇二三」→2023; 「十二」→12, 「二十六」→26. */
function chineseNumber(text: string): number {
  if (!text.includes('十')) return Number([...text].map((char) => CHINESE_DIGITS[char]).join(''));
  const [tens, units] = text.split('十');
  return (tens === '' ? 1 : CHINESE_DIGITS[tens]) * 10 + (units === '' ? 0 : CHINESE_DIGITS[units]);
}

const ARABIC = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const CHINESE = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
const SEPARATED = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
const RUN_TOGETHER = /^(\d{4})(\d{2,4})$/;

/**
 * Reads a line that holds only a date. 「2023年5月26日」 and 「二〇二三年五月二十六日」 are well formed;
 * 「2023-5-26」 and a run-together 「2023526」 are read when exactly one reading is a real date.
 */
export function parseLooseDate(raw: string): LooseDate | null {
  const text = raw.replace(/\s/g, '');
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const iso = isoOf(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    return iso ? { iso, wellFormed: true } : null;
  }
  const chinese = CHINESE.exec(text);
  if (chinese) {
    const iso = isoOf(chineseNumber(chinese[1]), chineseNumber(chinese[2]), chineseNumber(chinese[3]));
    return iso ? { iso, wellFormed: true } : null;
  }
  const separated = SEPARATED.exec(text);
  if (separated) {
    const iso = isoOf(Number(separated[1]), Number(separated[2]), Number(separated[3]));
    return iso ? { iso, wellFormed: false } : null;
  }
  const runTogether = RUN_TOGETHER.exec(text);
  if (!runTogether) return null;
  const [, year, rest] = runTogether;
  const readings = new Set<string>();
  for (let split = 1; split < rest.length; split += 1) {
    const iso = isoOf(Number(year), Number(rest.slice(0, split)), Number(rest.slice(split)));
    if (iso && rest.slice(split).length <= 2 && split <= 2) readings.add(iso);
  }
  return readings.size === 1 ? { iso: [...readings][0], wellFormed: false } : null;
}
