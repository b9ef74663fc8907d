// How the letter calls its addressee: one person, several or a body, read from the 主送, and the
// pronouns the body uses for them (你, 您, 你们, 贵单位).
import { hit, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphInput } from '../core/types';

// ---- the addressee --------------------------------------------------------------------------------

export type AddresseeCount = 'one' | 'many' | 'body';

export interface Addressee {
  paragraph: number;
  /** The 主送 text without 尊敬的 and the colon. */
  text: string;
  count: AddresseeCount;
  /** Where the letter's own text starts: after the 主送 paragraph, or after its colon when the body runs on. */
  bodyFrom: { paragraph: number; offset: number };
}

const PERSON_TITLE = /(?:代表|委员|同志|先生|女士|老师)(?:们)?$/;
const BODY_END =
  /(?:委员会|提案委|学社|支部|党派|单位|街道|街道办事处|政府|局|办公室|办|委|院|中心|公司|小组|组|社区|村委会|居委会|党组|工委|联合会|协会|商会|委会|会|民盟|民建|民进|农工党|致公党|台盟)$/;
export const SENTENCE_END = /[。！？!?]/;
const LEAD = /^\s*(?:尊敬的)?/;

/** Person, several people, or a body: read from the 主送 text alone. */
export function countAddressees(addressee: string): AddresseeCount {
  const text = addressee
    .replace(/^\s*尊敬的/, '')
    .replace(/[：:\s]+$/, '')
    .trim();
  if (PERSON_TITLE.test(text)) {
    if (/[、，,和及与]|等|\d+\s*[名位人]|[两二三四五六七八九十]+\s*[名位]|各位|们$/.test(text)) return 'many';
    return 'one';
  }
  if (/^各位/.test(text)) return 'many';
  if (BODY_END.test(text)) return 'body';
  return /[、，,]/.test(text) ? 'many' : 'one';
}

const INLINE_ADDRESSEE = /^(\s*(?:尊敬的)?)([\u4e00-\u9fff、，,·\s\d]{2,40}?(?:代表|委员|同志|先生|女士)(?:们)?)\s*[：:]/;

/**
 * The letter's 主送: the paragraph whose role says so, else a short line before the first sentence that
 * ends in a person's title or a body's name and a colon, or such a name and colon opening the first
 * body paragraph (「王某代表：你提出的……」).
 */
export function findAddressee(paragraphs: readonly ParagraphInput[]): Addressee | undefined {
  const limit = Math.min(paragraphs.length, 12);
  for (let index = 0; index < limit; index += 1) {
    const { text, role } = paragraphs[index];
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (role === 'addressee') {
      const clean = trimmed.replace(LEAD, '').replace(/[：:]\s*$/, '');
      return { paragraph: index, text: clean, count: countAddressees(clean), bodyFrom: { paragraph: index + 1, offset: 0 } };
    }
    if (role !== 'body') continue;
    const inline = INLINE_ADDRESSEE.exec(text);
    if (inline && !SENTENCE_END.test(inline[2])) {
      const name = inline[2].trim();
      const rest = text.slice(inline[0].length).trim();
      return {
        paragraph: index,
        text: name,
        count: countAddressees(name),
        bodyFrom: rest === '' ? { paragraph: index + 1, offset: 0 } : { paragraph: index, offset: inline[0].length },
      };
    }
    if (SENTENCE_END.test(trimmed)) return undefined;
  }
  return undefined;
}

// ---- pronouns --------------------------------------------------------------------------------------

/** Paragraphs of the letter's own text, where its wording is checked. */
export const BODY_ROLES = new Set(['body', 'heading']);

/** Spans inside 《》 or “” (quoted titles and words), where pronouns belong to someone else. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of matchAll(/《[^《》]*》|“[^“”]*”|"[^"]*"/, text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

interface Pronoun {
  paragraph: number;
  start: number;
  end: number;
  form: '你' | '您' | '你们' | '您们' | '你(们)';
}

/** Where `pattern` matches in the letter's own text from `from` on, outside quoted titles and words. */
function* ownTextMatches(
  paragraphs: readonly ParagraphInput[],
  from: Addressee['bodyFrom'],
  pattern: RegExp,
): Generator<{ paragraph: number; m: RegExpExecArray }> {
  for (let index = from.paragraph; index < paragraphs.length; index += 1) {
    const { text, role } = paragraphs[index];
    if (!BODY_ROLES.has(role)) continue;
    const quoted = quotedSpans(text);
    const start = index === from.paragraph ? from.offset : 0;
    for (const m of matchAll(pattern, text)) {
      if (m.index >= start && !quoted.some(([a, b]) => m.index >= a && m.index < b)) yield { paragraph: index, m };
    }
  }
}

function pronounsOf(paragraphs: readonly ParagraphInput[], from: Addressee['bodyFrom']): Pronoun[] {
  return [...ownTextMatches(paragraphs, from, /你\s*[(（]\s*们\s*[)）]|您们|你们|您|你/)].map(({ paragraph, m }) => ({
    paragraph,
    start: m.index,
    end: m.index + m[0].length,
    form: m[0].length > 2 ? '你(们)' : (m[0] as Pronoun['form']),
  }));
}

const COUNT_WORDS: Record<AddresseeCount, string> = { one: '一人', many: '多人', body: '一个单位' };

export const addressNumber: DocumentRule = {
  id: 'address-number',
  title: '称谓与主送人数不符',
  severity: 'error',
  defaultOn: true,
  basis: '答复函惯例：主送一人称“您”（或“你”），主送多人称“你们”（或“各位代表”“各位委员”），主送单位称“贵单位”；称谓要与主送一致。',
  scope: 'document',
  check: (paragraphs, context) => {
    // The 主送 line says how many the letter answers; without one, the draft's case does.
    const addressee =
      findAddressee(paragraphs) ??
      (context.addressees ? { paragraph: -1, text: '案件中的提案者', count: context.addressees, bodyFrom: { paragraph: 0, offset: 0 } } : undefined);
    if (!addressee) return [];
    const hits: DocumentHit[] = [];
    const pronouns = pronounsOf(paragraphs, addressee.bodyFrom);
    const singular = pronouns.filter((p) => p.form === '你' || p.form === '您');
    const polite = singular.filter((p) => p.form === '您').length >= singular.length - singular.filter((p) => p.form === '您').length;
    for (const p of pronouns) {
      const at = { paragraph: p.paragraph };
      if (p.form === '你(们)') {
        const fix = addressee.count === 'many' ? '你们' : addressee.count === 'one' ? (polite ? '您' : '你') : undefined;
        hits.push({
          ...at,
          ...hit(p.start, p.end, `模板里的“你（们）”还没有按主送人数选定：主送是${COUNT_WORDS[addressee.count]}，请写成“${fix ?? '贵单位'}”。`, fix),
        });
      } else if (addressee.count === 'many' && (p.form === '你' || p.form === '您')) {
        hits.push({ ...at, ...hit(p.start, p.end, `主送是多人（“${addressee.text}”），称呼应为“你们”，不用“${p.form}”。`, '你们') });
      } else if (addressee.count === 'one' && (p.form === '你们' || p.form === '您们')) {
        const fix = polite ? '您' : '你';
        hits.push({ ...at, ...hit(p.start, p.end, `主送只有一人（“${addressee.text}”），称呼应为“${fix}”，不用“${p.form}”。`, fix) });
      } else if (addressee.count === 'body' && (p.form === '你' || p.form === '您')) {
        hits.push({ ...at, ...hit(p.start, p.end, `主送是单位（“${addressee.text}”），不用“${p.form}”，宜称“贵单位”或“你们”。`) });
      }
    }
    // A 委员 is not a 代表, nor the reverse, when the letter speaks of the addressee's own proposal.
    const own = /委员(?:们)?$/.test(addressee.text) ? '委员' : /代表(?:们)?$/.test(addressee.text) ? '代表' : undefined;
    if (own) {
      const other = own === '委员' ? '代表' : '委员';
      const wrongTitle = new RegExp(`(?<![人大政协全国省市县区])${other}(?=提出|所提|提交|的提案|的建议)`);
      for (let index = addressee.bodyFrom.paragraph; index < paragraphs.length; index += 1) {
        if (!BODY_ROLES.has(paragraphs[index].role)) continue;
        for (const m of matchAll(wrongTitle, paragraphs[index].text)) {
          hits.push({ paragraph: index, ...hit(m.index, m.index + 2, `主送是${own}（“${addressee.text}”），这里却称“${other}”，请改为“${own}”。`, own) });
        }
      }
    }
    return hits.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  },
};

export const addressMixed: DocumentRule = {
  id: 'address-mixed',
  title: '“你”“您”混用',
  severity: 'warning',
  defaultOn: true,
  basis: '答复函惯例：对同一收信人，全文统一称“您”或统一称“你”。',
  scope: 'document',
  check: (paragraphs) => {
    const addressee = findAddressee(paragraphs);
    if (addressee && addressee.count !== 'one') return [];
    const from = addressee?.bodyFrom ?? { paragraph: 0, offset: 0 };
    const singular = pronounsOf(paragraphs, from).filter((p) => p.form === '你' || p.form === '您');
    const polite = singular.filter((p) => p.form === '您').length;
    const plain = singular.length - polite;
    if (polite === 0 || plain === 0) return [];
    // The form used more often is the letter's; on a tie, the one it starts with.
    const major = polite > plain ? '您' : plain > polite ? '你' : singular[0].form;
    const minor = major === '您' ? '你' : '您';
    return singular
      .filter((p) => p.form === minor)
      .map((p) => ({ paragraph: p.paragraph, ...hit(p.start, p.end, `这封信别处称“${major}”，这里写作“${minor}”；对同一位收信人请统一称呼。`, major) }));
  },
};

// ---- the 主送 run into the first paragraph ---------------------------------------------------------

export const addresseeOwnLine: DocumentRule = {
  id: 'addressee-own-line',
  title: '主送与正文同行',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：主送机关编排于标题下一行，居左顶格；正文从主送的下一行开始。',
  scope: 'document',
  check: (paragraphs) => {
    const addressee = findAddressee(paragraphs);
    if (!addressee || addressee.bodyFrom.paragraph !== addressee.paragraph) return [];
    const text = paragraphs[addressee.paragraph].text;
    const start = text.length - text.trimStart().length;
    return [{ paragraph: addressee.paragraph, ...hit(start, addressee.bodyFrom.offset, `主送“${addressee.text}”后面应另起一段再写正文。`) }];
  },
};

// ---- the addressee spoken of in the third person ---------------------------------------------------

export const addresseeThirdPerson: DocumentRule = {
  id: 'addressee-third-person',
  title: '对收信人改用了第三人称',
  severity: 'warning',
  defaultOn: true,
  basis: '答复函惯例：信写给代表、委员本人，正文对他（她）称“您”或“你”，不称“该代表”或直呼“××代表”。',
  scope: 'document',
  check: (paragraphs) => {
    const addressee = findAddressee(paragraphs);
    const own = addressee?.count === 'one' ? /^(.{1,6}?)(代表|委员)$/.exec(addressee.text) : null;
    if (!addressee || !own) return [];
    const [, name, title] = own;
    const pronoun = pronounsOf(paragraphs, addressee.bodyFrom).find((p) => p.form === '您' || p.form === '你')?.form ?? '您';
    return [...ownTextMatches(paragraphs, addressee.bodyFrom, new RegExp(`该${title}|${name}${title}`))].map(({ paragraph, m }) => ({
      paragraph,
      ...hit(m.index, m.index + m[0].length, `信是写给${name}${title}本人的，这里改用了第三人称“${m[0]}”，宜称“${pronoun}”。`, pronoun),
    }));
  },
};
