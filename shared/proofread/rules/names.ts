import { hit, isHan } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphRule, WordListEntry } from '../core/types';

/** Where a candidate departs from a name: a replaced character (at its index in the name) and whether one was added or left out. */
interface Slip {
  substituted?: number;
  lengthChanged: boolean;
}

function substitutionAt(a: string, b: string): number | undefined | false {
  let at: number | undefined;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (at !== undefined) return false;
    at = i;
  }
  return at;
}

/**
 * How `candidate` departs from `name` when it is a slip of one or two characters: at most one
 * replaced character plus at most one added or left out. Two replaced characters are usually another
 * body (办公室/研究室), so they do not count as a slip.
 */
export function slipFrom(name: string, candidate: string): Slip | undefined {
  if (name === candidate || Math.abs(name.length - candidate.length) > 1) return undefined;
  if (name.length === candidate.length) {
    const at = substitutionAt(name, candidate);
    return at === false || at === undefined ? undefined : { substituted: at, lengthChanged: false };
  }
  const [short, long] = name.length < candidate.length ? [name, candidate] : [candidate, name];
  let best: Slip | undefined;
  for (let gap = 0; gap < long.length; gap += 1) {
    const at = substitutionAt(short, long.slice(0, gap) + long.slice(gap + 1));
    if (at === false) continue;
    if (at === undefined) return { lengthChanged: true };
    // The replaced character at its index in the name.
    best ??= { substituted: name.length > candidate.length && at >= gap ? at + 1 : at, lengthChanged: true };
  }
  return best;
}

const ADMIN_UNIT = /[省市区县]/;
/** A body's leading place (柳州市, 市, 广西壮族自治区柳州市) says where it is, not what it is. */
export const PLACE_PREFIX = /^(?:[省市区县]|(?:[^省市区县]{1,4}(?:自治区|省|市|区|县))+)/;

/** One or two slipped characters are allowed only where enough of the name is left to be sure which body or term is meant. */
export function slipsAllowed({ name, kind }: WordListEntry): number {
  const place = kind === 'organisation' ? (PLACE_PREFIX.exec(name)?.[0].length ?? 0) : 0;
  const core = name.length - place;
  return core >= 7 ? 2 : core >= 5 ? 1 : 0;
}

/** A replaced character in a place name (柳州市 → 柳北区, 桂林市) names another place, not a slip. */
function replacesPlace(name: string, index: number): boolean {
  for (let i = index; i <= index + 2 && i < name.length; i += 1) if (ADMIN_UNIT.test(name[i])) return true;
  return false;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** One accepted form of a listed name (the name itself or a short form), ready for matching. */
interface Form {
  text: string;
  person: boolean;
  allowed: number;
}

/** The list's forms by their first two characters, and people's names by surname: one pass over a paragraph finds them all. */
interface FormIndex {
  byHead: Map<string, Form[]>;
  bySurname: Map<string, Form[]>;
  /**
   * First UTF-16 units of every form: most characters of a letter start none, and are passed over at
   * once, by number (reading a Han character as a string would allocate one per character of the letter).
   */
  firsts: Set<number>;
}

const indexes = new WeakMap<readonly WordListEntry[], FormIndex>();

function add(map: Map<string, Form[]>, key: string, form: Form): void {
  const list = map.get(key);
  if (list) list.push(form);
  else map.set(key, [form]);
}

function formIndex(wordList: readonly WordListEntry[]): FormIndex {
  const known = indexes.get(wordList);
  if (known) return known;
  const index: FormIndex = { byHead: new Map(), bySurname: new Map(), firsts: new Set() };
  for (const entry of wordList) {
    for (const text of [entry.name, ...(entry.aliases ?? [])]) {
      const person = entry.kind === 'person';
      const form = { text, person, allowed: person ? 0 : slipsAllowed({ ...entry, name: text }) };
      add(index.byHead, text.slice(0, 2), form);
      index.firsts.add(text.charCodeAt(0));
      if (person && text.length >= 3 && text.length <= 4) add(index.bySurname, text[0], form);
    }
  }
  indexes.set(wordList, index);
  return index;
}

/** Every form any entry accepts, where it stands in the text: a slip is never read over one of them. */
function exactSpans(text: string, index: FormIndex): (Span & { form: string })[] {
  const spans: (Span & { form: string })[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    if (!index.firsts.has(text.charCodeAt(i))) continue;
    for (const form of index.byHead.get(text.slice(i, i + 2)) ?? [])
      if (text.startsWith(form.text, i)) spans.push({ start: i, end: i + form.text.length, form: form.text });
  }
  return spans;
}

/** All added or replaced characters are Han: a slip of the pen, not a name run into punctuation or digits. */
function onlyHanChanged(candidate: string, name: string): boolean {
  return [...candidate].every((ch) => isHan(ch) || name.includes(ch));
}

/** The same length first, then one character left out, then one added. */
const LENGTH_CHANGES = [0, -1, 1];

/**
 * The span at `start` that reads as `form` with a slip: anchored on the form's first two characters
 * and its last one, the same length give or take one. A replaced character needs two unchanged ones
 * after it: 「质量强国建设新要求」 is not a slip of 「质量强国建设纲要」.
 */
function slipAt(text: string, start: number, { text: form, allowed }: Form, taken: readonly Span[]): Span | undefined {
  const last = form.charCodeAt(form.length - 1);
  for (const change of LENGTH_CHANGES) {
    const end = start + form.length + change;
    if (end > text.length || text.charCodeAt(end - 1) !== last) continue;
    const span = { start, end };
    if (taken.some((other) => overlaps(span, other))) continue;
    const candidate = text.slice(span.start, span.end);
    const slip = slipFrom(form, candidate);
    if (!slip || (slip.substituted !== undefined && slip.lengthChanged && allowed < 2)) continue;
    if (slip.substituted !== undefined && (replacesPlace(form, slip.substituted) || slip.substituted > form.length - 3)) continue;
    if (onlyHanChanged(candidate, form)) return span;
  }
  return undefined;
}

/** What follows a person's name in a reply: a title, 等, a colon or a bracket. */
const AFTER_PERSON = /^(?:同志|委员|代表|先生|女士|主任|主席|局长|书记|等|[：:（(，,、])/;

/**
 * The span at `start` that reads as a person's name with one character of the given name replaced
 * (王晓燕 → 王小燕), only where a title or 等 follows: otherwise a surname character and an ordinary
 * phrase (主张全国) would match too often.
 */
function personSlipAt(text: string, start: number, { text: name }: Form, taken: readonly Span[]): Span | undefined {
  const span = { start, end: start + name.length };
  const candidate = text.slice(span.start, span.end);
  const at = substitutionAt(name, candidate);
  if (candidate.length !== name.length || typeof at !== 'number' || at === 0 || !isHan(candidate[at])) return undefined;
  if (!AFTER_PERSON.test(text.slice(span.end, span.end + 2)) || taken.some((other) => overlaps(span, other))) return undefined;
  return span;
}

export const nameNearMiss: ParagraphRule = {
  id: 'name-near-miss',
  title: '名称写错',
  severity: 'error',
  defaultOn: true,
  basis: '词表：机关名称、专有名词以词表中的正式写法为准。',
  scope: 'paragraph',
  check: ({ text }, { wordList }) => {
    if (wordList.length === 0) return [];
    const index = formIndex(wordList);
    const taken: Span[] = exactSpans(text, index);
    const hits = [];
    const slipOf = (forms: readonly Form[] | undefined, i: number): { span: Span; form: Form } | undefined => {
      for (const form of forms ?? []) {
        const span = form.person ? personSlipAt(text, i, form, taken) : form.allowed > 0 ? slipAt(text, i, form, taken) : undefined;
        if (span) return { span, form };
      }
      return undefined;
    };
    for (let i = 0; i + 1 < text.length; i += 1) {
      if (!index.firsts.has(text.charCodeAt(i))) continue;
      const found = slipOf(index.byHead.get(text.slice(i, i + 2)), i) ?? slipOf(index.bySurname.get(text[i]), i);
      if (!found) continue;
      const { span, form } = found;
      taken.push(span);
      hits.push(hit(span.start, span.end, `“${text.slice(span.start, span.end)}”与词表中的“${form.text}”差一两个字，请核对是否写错。`, form.text));
    }
    return hits;
  },
};

/** Whether `variant` keeps the name's characters in order, leaving some out (柳州市场监管局 from 柳州市市场监督管理局). */
export function isShortening(name: string, variant: string): boolean {
  let at = 0;
  for (const ch of variant) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Unlisted short forms of a name: a span that starts with the name's first two characters, ends with
 * its last one, keeps its characters in order and drops at least two (one is a slip, for
 * name-near-miss); the name's mere beginning is not one.
 */
function unlistedShortenings(text: string, entry: WordListEntry, taken: readonly Span[]): Span[] {
  const name = entry.name;
  const shortest = Math.max(4, Math.ceil(name.length / 2));
  const found: Span[] = [];
  for (const start of occurrences(text, name.slice(0, 2))) {
    for (let end = start + shortest; end <= Math.min(text.length, start + name.length - 2); end += 1) {
      if (text[end - 1] !== name[name.length - 1]) continue;
      const span = { start, end };
      const variant = text.slice(start, end);
      if (taken.some((other) => overlaps(span, other)) || ![...variant].every(isHan) || name.startsWith(variant) || !isShortening(name, variant)) continue;
      // One character off a listed short form is a slip of that form, which name-near-miss reports.
      if ((entry.aliases ?? []).some((alias) => slipsAllowed({ ...entry, name: alias }) > 0 && slipFrom(alias, variant))) continue;
      found.push(span);
      break;
    }
  }
  return found;
}

const EARLY_ROLES = new Set(['body', 'heading']);

export const nameInconsistentForm: DocumentRule = {
  id: 'name-inconsistent-form',
  title: '名称前后不一致',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：同一机关在一份公文中写法前后一致；第一次出现时写全称，之后只用规范简称。',
  scope: 'document',
  check: (paragraphs, { wordList }) => {
    const hits: DocumentHit[] = [];
    const forms = formIndex(wordList);
    const exact = paragraphs.map((paragraph) => exactSpans(paragraph.text, forms));
    const written = new Set(exact.flatMap((spans) => spans.map((span) => span.form)));
    for (const entry of wordList) {
      // Short forms are a matter of bodies: people and terms have none.
      if (entry.kind !== 'organisation' || !written.has(entry.name)) continue;
      const aliases = entry.aliases ?? [];
      paragraphs.forEach((paragraph, index) => {
        if (!paragraph.text.includes(entry.name.slice(0, 2))) return;
        for (const { start, end } of unlistedShortenings(paragraph.text, entry, exact[index])) {
          const variant = paragraph.text.slice(start, end);
          hits.push({
            paragraph: index,
            ...hit(
              start,
              end,
              `同一单位前后写法不一：这里写作“${variant}”，别处写作“${entry.name}”。如果“${variant}”是规范简称，请在词表中把它加为简称。`,
              entry.name,
            ),
          });
        }
      });
      // The 署名 and the title may carry the full name while the body keeps to the short form.
      const firstFull = paragraphs.findIndex((p) => EARLY_ROLES.has(p.role) && p.text.includes(entry.name));
      if (firstFull === -1) continue;
      paragraphs.slice(0, firstFull + 1).forEach((paragraph, index) => {
        const fullAt = index === firstFull ? paragraph.text.indexOf(entry.name) : Infinity;
        for (const alias of aliases) {
          const at = paragraph.text.indexOf(alias);
          if (at === -1 || at >= fullAt) continue;
          hits.push({
            paragraph: index,
            ...hit(at, at + alias.length, `简称“${alias}”出现在全称之前。第一次提到时请写全称“${entry.name}”，之后再用简称。`, entry.name),
          });
        }
      });
    }
    return hits;
  },
};
