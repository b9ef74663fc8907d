import { hit } from '../text';
import type { DocumentHit, DocumentRule, ParagraphRule, WordListEntry } from '../types';

/** Whether a and b differ by exactly one inserted, deleted or replaced character. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** A replaced character among the first three is usually another place (柳北区/柳南区), not a slip. */
const PLACE_PREFIX = 3;
const MIN_LENGTH = 6;

function nearMisses(text: string, entry: WordListEntry): { start: number; end: number }[] {
  const name = entry.name;
  const forms = [name, ...(entry.aliases ?? [])];
  const exact = forms.flatMap((form) => occurrences(text, form).map((start) => [start, start + form.length] as const));
  const half = Math.ceil(name.length / 2);
  const starts = new Set<number>();
  for (const p of occurrences(text, name.slice(0, half))) starts.add(p);
  const tail = name.slice(half);
  for (const q of occurrences(text, tail)) for (const length of [name.length - 1, name.length, name.length + 1]) starts.add(q + tail.length - length);
  const found: { start: number; end: number }[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    for (const length of [name.length, name.length - 1, name.length + 1]) {
      const end = start + length;
      if (start < 0 || end > text.length) continue;
      if (exact.some(([s, e]) => start < e && s < end) || found.some((f) => start < f.end && f.start < end)) continue;
      const candidate = text.slice(start, end);
      if (!oneEditApart(candidate, name) || forms.includes(candidate)) continue;
      if (length === name.length && [...candidate].findIndex((ch, i) => ch !== name[i]) < PLACE_PREFIX) continue;
      found.push({ start, end });
    }
  }
  return found;
}

export const nameNearMiss: ParagraphRule = {
  id: 'name-near-miss',
  title: '名称写错',
  severity: 'warning',
  defaultOn: true,
  basis: '词表：机关名称、专有名词以词表中的正式写法为准。',
  scope: 'paragraph',
  check: ({ text }, { wordList }) =>
    wordList
      .filter((entry) => entry.kind !== 'person' && entry.name.length >= MIN_LENGTH)
      .flatMap((entry) =>
        nearMisses(text, entry).map(({ start, end }) =>
          hit(start, end, `“${text.slice(start, end)}”与词表中的“${entry.name}”只差一个字，请核对是否写错。`, entry.name),
        ),
      )
      .sort((a, b) => a.start - b.start),
};

export const nameInconsistentForm: DocumentRule = {
  id: 'name-inconsistent-form',
  title: '名称前后不一致',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：机关名称第一次出现时写全称，之后才可用规范简称。',
  scope: 'document',
  check: (paragraphs, { wordList }) => {
    const hits: DocumentHit[] = [];
    for (const entry of wordList) {
      const aliases = entry.aliases ?? [];
      // The 署名 and the title may carry the full name while the body keeps to the short form.
      const firstFull = paragraphs.findIndex((p) => (p.role === 'body' || p.role === 'heading') && p.text.includes(entry.name));
      if (firstFull === -1 || aliases.length === 0) continue;
      paragraphs.slice(0, firstFull + 1).forEach((paragraph, index) => {
        const fullAt = index === firstFull ? paragraph.text.indexOf(entry.name) : Infinity;
        for (const alias of aliases) {
          const at = paragraph.text.indexOf(alias);
          if (at === -1 || at >= fullAt) continue;
          hits.push({ paragraph: index, ...hit(at, at + alias.length, `简称“${alias}”出现在全称之前。第一次提到时请写全称“${entry.name}”，之后再用简称。`, entry.name) });
        }
      });
    }
    return hits;
  },
};
