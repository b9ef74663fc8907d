// Facts and names a careful reader compares across the whole letter: one name written two ways, the
// scope word, the case's number and figures told twice, a phrase doubled across a comma.
import { numberKey } from '../../cases/caseKey';
import { bigramFilter, includesVia } from '../core/bigrams';
import { hit, isHan, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule } from '../core/types';
import { isShortening, PLACE_PREFIX } from './names';
import { BODY_ROLES } from './addressees';

// ---- a phrase doubled across a comma ---------------------------------------------------------------

export const phraseAcrossComma: DocumentRule = {
  id: 'phrase-across-comma',
  title: '逗号前后词语重复',
  severity: 'warning',
  defaultOn: true,
  basis: '校对常规：前一分句末尾的词语在后一分句开头原样重复，多为改稿时留下的赘余。',
  scope: 'document',
  check: (paragraphs) => {
    const hits: DocumentHit[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (!BODY_ROLES.has(paragraph.role)) return;
      const { text } = paragraph;
      for (const m of matchAll(/[，,、]/, text)) {
        const at = m.index;
        for (let length = Math.min(8, at, text.length - at - 1); length >= 3; length -= 1) {
          if (text.charCodeAt(at + 1) !== text.charCodeAt(at - length) || text.charCodeAt(at + length) !== text.charCodeAt(at - 1)) continue;
          const before = text.slice(at - length, at);
          if (!/^[\u4e00-\u9fff]+$/.test(before) || text.slice(at + 1, at + 1 + length) !== before) continue;
          // 「申报专项资金，专项资金分为……」 chains two clauses on purpose; only a copy that is a whole
          // clause on one side (「加强管理，加强管理。」「经研究，经研究认为」) is a slip.
          const wholeBefore = at - length === 0 || /[，,。；;：:、！？\s]/.test(text[at - length - 1]);
          const wholeAfter = at + 1 + length >= text.length || /[，,。；;：:、！？]/.test(text[at + 1 + length]);
          if (!wholeBefore && !wholeAfter) continue;
          hits.push({ paragraph: index, ...hit(at, at + 1 + length, `“${before}”在逗号前后重复，请删去一处。`, '') });
          break;
        }
      }
    });
    return hits;
  },
};

// ---- one body, road or programme written two ways --------------------------------------------------

const ORG_TAIL = '(?:局|委员会|委|厅|中心|办公室|办)';

/**
 * A name written two ways in one letter: an organisation with and without the 和 of its name
 * (住房和城乡建设局 / 住房城乡建设局), a road with and without 公 (青中公路 / 青中路). The form used less
 * often is flagged; on a tie, the shorter one.
 */
export const nameTwoWays: DocumentRule = {
  id: 'name-two-ways',
  title: '同一名称两种写法',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：同一机关、地点、道路、项目在一份公文中写法前后一致；简称须先在全称后注明“以下简称”。',
  scope: 'document',
  check: (paragraphs, { wordList }) => {
    // Quoted words are slogans and set phrases cited as written (“四好农村路”): they are masked out. A
    // title in 《》 still names the same road or body, so it counts.
    const texts = paragraphs.map((p) => p.text.replace(/“[^“”]*”/g, (quoted) => '□'.repeat(quoted.length)));
    const whole = texts.join('\n');
    const counted = new Map<string, number>();
    const count = (form: string) => {
      let n = counted.get(form);
      if (n === undefined) {
        n = 0;
        for (let at = whole.indexOf(form); at !== -1; at = whole.indexOf(form, at + form.length)) n += 1;
        counted.set(form, n);
      }
      return n;
    };
    const pairs = new Map<string, string>();
    const orgAfter = new RegExp(`^[\\u4e00-\\u9fff]{2,6}?${ORG_TAIL}`);
    for (let at = whole.indexOf('和'); at !== -1; at = whole.indexOf('和', at + 1)) {
      const tail = orgAfter.exec(whole.slice(at + 1, at + 12));
      if (!tail) continue;
      let from = at;
      while (from > 0 && at - from < 8 && isHan(whole[from - 1])) from -= 1;
      for (let k = 2; k <= at - from; k += 1) {
        const head = whole.slice(at - k, at);
        const short = `${head}${tail[0]}`;
        if (count(short) > 0) {
          pairs.set(`${head}和${tail[0]}`, short);
          break;
        }
      }
    }
    for (const m of matchAll(/([\u4e00-\u9fff]{2})公路/, whole)) {
      const short = `${m[1]}路`;
      if (count(short) > 0) pairs.set(m[0], short);
    }
    if (pairs.size === 0) return [];
    const hits: DocumentHit[] = [];
    const known = wordList.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]);
    for (const [long, short] of pairs) {
      if (/简称/.test(whole) && (whole.includes(`简称“${short}”`) || whole.includes(`简称${short}`))) continue;
      // A word-list name written with the other form is name-near-miss's to report.
      if (
        known.some(
          (name) => (name.includes(long) && whole.includes(name.replace(long, short))) || (name.includes(short) && whole.includes(name.replace(short, long))),
        )
      )
        continue;
      // The short form also counts inside nothing else: a long form never contains its short form here.
      const odd = count(short) <= count(long) ? short : long;
      const usual = odd === short ? long : short;
      texts.forEach((text, index) => {
        for (let at = text.indexOf(odd); at !== -1; at = text.indexOf(odd, at + odd.length)) {
          hits.push({ paragraph: index, ...hit(at, at + odd.length, `同一名称前后写法不一：这里写作“${odd}”，别处写作“${usual}”，请统一。`, usual) });
        }
      });
    }
    return hits;
  },
};

// ---- the scope word (全市/全区/全县) ---------------------------------------------------------------

/** A sentence that names another level or place has a reason to use another scope word. */
const OTHER_LEVEL = /省|国家|中央|国务院|上级|州|自治区|[\u4e00-\u9fff]{2}[市区县](?!委|政府|人大|政协)|排名|位居|位列|比例|占|平均|高于|低于|超过|相比/;

function sentencesOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of matchAll(/[。！？；]/, text)) {
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export const scopeWordDrift: DocumentRule = {
  id: 'scope-word-drift',
  title: '范围词前后不一',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：答复函说本级工作时范围词（全市、全区、全县）前后一致；引述上级或其他地方的情况时除外。',
  scope: 'document',
  check: (paragraphs) => {
    const mentions: { paragraph: number; start: number; word: string; reasoned: boolean }[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (!BODY_ROLES.has(paragraph.role) || !/全[市区县]/.test(paragraph.text)) return;
      for (const sentence of sentencesOf(paragraph.text)) {
        const text = paragraph.text.slice(sentence.start, sentence.end);
        const reasoned = OTHER_LEVEL.test(text.replace(/全[市区县]/g, ''));
        for (const m of matchAll(/全([市区县])(?![委级长])/, text)) mentions.push({ paragraph: index, start: sentence.start + m.index, word: m[0], reasoned });
      }
    });
    // The letter's own scope is the word its plain statements use; reasoned mentions neither set it nor break it.
    const counts = new Map<string, number>();
    for (const m of mentions) if (!m.reasoned) counts.set(m.word, (counts.get(m.word) ?? 0) + 1);
    if (counts.size < 2) return [];
    const usual = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (usual[1] < 2 || [...counts].filter(([, n]) => n === usual[1]).length > 1) return [];
    return mentions
      .filter((m) => m.word !== usual[0] && !m.reasoned)
      .map((m) => ({
        paragraph: m.paragraph,
        ...hit(m.start, m.start + 2, `这封信别处说“${usual[0]}”，这里写作“${m.word}”；若不是引述上级或其他地方，请统一。`),
      }));
  },
};

// ---- the case's number told twice ------------------------------------------------------------------

const CASE_NUMBER = /第\s*0*(\d+)\s*号(?=\s*(?:提案|建议|议案|[）)]))|(?<=(?:提案|建议|议案)》?\s*[（(]\s*第?\s*)0*(\d+)\s*号/;

export const caseNumberMismatch: DocumentRule = {
  id: 'case-number-mismatch',
  title: '提案号前后不一',
  severity: 'warning',
  defaultOn: true,
  basis: '答复函惯例：同一件提案、建议的编号在标题和正文中一致，并与交办时登记的编号一致。',
  scope: 'document',
  check: (paragraphs, context) => {
    const titleNumbers: { paragraph: number; start: number; end: number; number: string }[] = [];
    const bodyNumbers: typeof titleNumbers = [];
    paragraphs.forEach((paragraph, index) => {
      const header = paragraph.role === 'title';
      if ((!header && !BODY_ROLES.has(paragraph.role)) || !paragraph.text.includes('号')) return;
      for (const m of matchAll(CASE_NUMBER, paragraph.text)) {
        (header ? titleNumbers : bodyNumbers).push({ paragraph: index, start: m.index, end: m.index + m[0].length, number: m[1] ?? m[2] });
      }
    });
    // The case's number as registered (「第011号」 and 「11」 alike) comes first; else the title's, when it names one.
    const registered = context.caseNumber !== undefined && /\d/.test(context.caseNumber) ? numberKey(context.caseNumber) : undefined;
    const titled = new Set(titleNumbers.map((m) => m.number));
    if (registered === undefined && titled.size !== 1) return [];
    const number = registered ?? [...titled][0];
    const source = registered === undefined ? '标题里的编号' : '案件登记的编号';
    return [...(registered === undefined ? [] : titleNumbers), ...bodyNumbers]
      .filter((m) => m.number !== number)
      .map((m) => ({ paragraph: m.paragraph, ...hit(m.start, m.end, `${source}是第${number}号，这里写作第${m.number}号，请核对。`) }));
  },
};

// ---- the letter's own bureau shortened without introduction ----------------------------------------

/**
 * A short form of a known body (the bureau itself, or one in the word list) that the letter never
 * introduces: 县卫健局 for 某某县卫生健康局. Its local form (县 + the name without the place) is how
 * letters usually say it; a form that leaves out two or more further characters needs 「（以下简称“…”）」.
 */
export const shortNameUnintroduced: DocumentRule = {
  id: 'short-name-unintroduced',
  title: '简称未经引入',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：机关名称第一次出现写全称，需要用简称时在全称后注明“（以下简称“××”）”；未引入的简称与全称并用，前后不一。',
  scope: 'document',
  check: (paragraphs, { wordList }) => {
    const whole = paragraphs.map((p) => p.text).join('\n');
    const hits: DocumentHit[] = [];
    const organisations = wordList.filter((entry) => entry.kind === 'organisation');
    if (organisations.length === 0) return hits;
    const inWhole = bigramFilter(whole);
    for (const entry of organisations) {
      // 柳州市, 石林彝族自治县 (the shared PLACE_PREFIX stops at long autonomous-county names).
      const place = PLACE_PREFIX.exec(entry.name)?.[0] ?? /^[^省市区县]{1,8}?(?:自治县|自治州|自治区|省|市|区|县)/.exec(entry.name)?.[0] ?? '';
      const level = /[市区县]$/.exec(place)?.[0];
      if (!level || place.length === entry.name.length) continue;
      const local = level + entry.name.slice(place.length);
      if (local.length < 6 || (!includesVia(inWhole, whole, entry.name) && !includesVia(inWhole, whole, local))) continue;
      const localOf = (name: string) => (name.startsWith(place) ? level + name.slice(place.length) : name);
      const known = new Set([entry.name, local, ...(entry.aliases ?? []), ...(entry.aliases ?? []).map(localOf)]);
      const head = local.slice(0, 2);
      const last = local[local.length - 1];
      paragraphs.forEach((paragraph, index) => {
        if (!BODY_ROLES.has(paragraph.role)) return;
        const { text } = paragraph;
        for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
          // After the whole place (柳州市交通局) it is name-inconsistent-form's to report.
          if (text.slice(Math.max(0, at - place.length + 1), at + 1) === place) continue;
          for (let end = at + 4; end <= Math.min(text.length, at + local.length - 2); end += 1) {
            if (text[end - 1] !== last) continue;
            const variant = text.slice(at, end);
            if (known.has(variant) || ![...variant].every(isHan) || !isShortening(local, variant)) continue;
            if (whole.includes(`简称“${variant}”`) || whole.includes(`简称${variant}`)) break;
            hits.push({
              paragraph: index,
              ...hit(at, end, `“${variant}”是“${entry.name}”的简称，信中没有引入过；请写全称，或在第一次出现时注明“（以下简称“${variant}”）”。`, local),
            });
            break;
          }
        }
      });
    }
    return hits;
  },
};

// ---- a figure stated twice -------------------------------------------------------------------------

const FIGURE =
  /([\u4e00-\u9fff]{4,10})(?:为|是|达到?|共计|总计|合计)约?(\d+(?:\.\d+)?)(万元|亿元|元|公里|千米|米|平方米|亩|个|家|所|座|名|人|户|辆|处|条|项|盏|台|套|%)/;
/** What every FIGURE holds, found without trying a name at each character: most paragraphs have none. */
const FIGURE_VERB = /(?:为|是|达到?|共计|总计|合计)约?\d/;

/**
 * The same thing given two values: 「项目总投资为1200万元」 then 「项目总投资为1500万元」. Only a statement
 * of the form 「X为/达/共计 N单位」 with the same X of four or more characters and the same unit counts.
 */
export const figureMismatch: DocumentRule = {
  id: 'figure-mismatch',
  title: '同一数字前后不一',
  severity: 'warning',
  defaultOn: true,
  basis: '校对常规：同一事项的数字在一份公文中前后一致。',
  scope: 'document',
  check: (paragraphs) => {
    const first = new Map<string, string>();
    const hits: DocumentHit[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (!BODY_ROLES.has(paragraph.role) || !FIGURE_VERB.test(paragraph.text)) return;
      for (const m of matchAll(FIGURE, paragraph.text)) {
        const key = `${m[1]}|${m[3]}`;
        const seen = first.get(key);
        if (seen === undefined) first.set(key, m[2]);
        else if (Number(seen) !== Number(m[2])) {
          const at = m.index + m[0].length - m[2].length - m[3].length;
          hits.push({ paragraph: index, ...hit(at, at + m[2].length + m[3].length, `前文说“${m[1]}”是${seen}${m[3]}，这里写作${m[2]}${m[3]}，请核对。`) });
        }
      }
    });
    return hits;
  },
};
