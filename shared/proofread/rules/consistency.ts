// Checks that read the whole letter the way an 办公室 reader does: how the addressee is called, whether
// the letter is a 提案 or a 建议 answer throughout, how the case's title is quoted, where the 署名 and
// the 联系人 line sit. Each is one linear pass over the paragraphs, cheap enough for every check.
import { hit, isHan, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphInput } from '../core/types';
import { isShortening, PLACE_PREFIX } from './names';

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
const BODY_END = /(?:委员会|提案委|学社|支部|党派|单位|街道|街道办事处|政府|局|办公室|办|委|院|中心|公司|小组|组|社区|村委会|居委会|党组|工委|联合会|协会|商会|委会|会|民盟|民建|民进|农工党|致公党|台盟)$/;
const SENTENCE_END = /[。！？!?]/;
const LEAD = /^\s*(?:尊敬的)?/;

/** Person, several people, or a body: read from the 主送 text alone. */
export function countAddressees(addressee: string): AddresseeCount {
  const text = addressee.replace(/^\s*尊敬的/, '').replace(/[：:\s]+$/, '').trim();
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
      return { paragraph: index, text: name, count: countAddressees(name), bodyFrom: rest === '' ? { paragraph: index + 1, offset: 0 } : { paragraph: index, offset: inline[0].length } };
    }
    if (SENTENCE_END.test(trimmed)) return undefined;
  }
  return undefined;
}

// ---- pronouns --------------------------------------------------------------------------------------

const BODY_ROLES = new Set(['body', 'heading']);

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

function pronounsOf(paragraphs: readonly ParagraphInput[], from: Addressee['bodyFrom']): Pronoun[] {
  const found: Pronoun[] = [];
  for (let index = from.paragraph; index < paragraphs.length; index += 1) {
    const { text, role } = paragraphs[index];
    if (!BODY_ROLES.has(role)) continue;
    const quoted = quotedSpans(text);
    const start = index === from.paragraph ? from.offset : 0;
    for (const m of matchAll(/你\s*[(（]\s*们\s*[)）]|您们|你们|您|你/, text)) {
      if (m.index < start || quoted.some(([a, b]) => m.index >= a && m.index < b)) continue;
      const form = m[0].length > 2 ? '你(们)' : (m[0] as Pronoun['form']);
      found.push({ paragraph: index, start: m.index, end: m.index + m[0].length, form });
    }
  }
  return found;
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
        hits.push({ ...at, ...hit(p.start, p.end, `模板里的“你（们）”还没有按主送人数选定：主送是${COUNT_WORDS[addressee.count]}，请写成“${fix ?? '贵单位'}”。`, fix) });
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

// ---- 提案 or 建议 ---------------------------------------------------------------------------------

type Genre = '提案' | '建议';

/** What the letter answers, read from its title and 主送: 提案 (政协, 委员) or 建议 (人大, 代表). */
export function letterGenre(paragraphs: readonly ParagraphInput[]): Genre | undefined {
  const head = paragraphs
    .slice(0, 12)
    .filter((p) => p.role === 'title' || p.role === 'addressee')
    .map((p) => p.text)
    .join('\n');
  const proposal = /提案|政协/.test(head) || /委员\s*[：:]?\s*$/m.test(head);
  const suggestion = /(?<!的)建议(?!的)|人大|人民代表大会|代表\s*[：:]?\s*$/m.test(head) || /号建议|的建议的?(?:答复|复函|回复)/.test(head);
  if (proposal && !suggestion) return '提案';
  if (suggestion && !proposal) return '建议';
  if (/政协/.test(head) && !/人大|人民代表大会/.test(head)) return '提案';
  if (/人大|人民代表大会/.test(head) && !/政协/.test(head)) return '建议';
  return undefined;
}

export const proposalKindMixed: DocumentRule = {
  id: 'proposal-kind-mixed',
  title: '提案、建议混称',
  severity: 'warning',
  defaultOn: true,
  basis: '政协委员提的是“提案”，人大代表提的是“建议”（不是“议案”）；同一封答复前后称法一致。',
  scope: 'document',
  check: (paragraphs) => {
    const genre = letterGenre(paragraphs);
    if (!genre) return [];
    const hits: DocumentHit[] = [];
    const wrong = genre === '提案' ? /(?<=[”》"]|的)建议(?=已?收悉)|(?<=\d\s*号)建议/ : /(?<=[”》"]|的)提案(?=已?收悉)|(?<=\d\s*号)提案|(?<=[”》"的号])议案|(?<!建)议案(?=中|已?收悉)/;
    const right = genre === '提案' ? '提案' : '建议';
    paragraphs.forEach((paragraph, index) => {
      if (!BODY_ROLES.has(paragraph.role)) return;
      for (const m of matchAll(wrong, paragraph.text)) {
        hits.push({ paragraph: index, ...hit(m.index, m.index + m[0].length, `这封信答复的是${right}，这里写作“${m[0]}”；请统一称“${right}”。`, right) });
      }
    });
    return hits;
  },
};

// ---- the case's title as the body quotes it --------------------------------------------------------

export const proposalTitleUnmarked: DocumentRule = {
  id: 'proposal-title-unmarked',
  title: '案由未整体加书名号',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 15834-2011：提案、建议的题目是篇名，整体用书名号《》，“关于”和“的建议”都在书名号里面。',
  scope: 'document',
  check: (paragraphs) => {
    const addressee = findAddressee(paragraphs);
    const from = addressee?.bodyFrom ?? { paragraph: 0, offset: 0 };
    const hits: DocumentHit[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (index < from.paragraph || !BODY_ROLES.has(paragraph.role) || !paragraph.text.includes('关于')) return;
      const { text } = paragraph;
      const taken: [number, number][] = [];
      const add = (start: number, end: number, title: string) => {
        if (taken.some(([a, b]) => start < b && a < end)) return;
        taken.push([start, end]);
        hits.push({ paragraph: index, ...hit(start, end, `提案、建议的题目应整体加书名号，写作“《${title}》”。`, `《${title}》`) });
      };
      // “关于……”的建议: the title's head quoted, its tail left out. (关于“……”的建议 is left alone: some
      // bureaus quote a case's subject that way, and readers disagree whether it is wrong.)
      for (const m of matchAll(/[“"]\s*(关于[^“”"《》]{2,80}?)\s*[”"]的(建议|提案|意见)/, text)) {
        // “关于……的建议”的建议 quotes the whole title and then repeats its noun: a doubling, not this.
        if (!/的(?:建议|提案|意见|议案)$/.test(m[1])) add(m.index, m.index + m[0].length, `${m[1]}的${m[2]}`);
      }
      // 您提出的关于……的建议收悉: the title with no mark at all.
      for (const m of matchAll(/(?<=(?:提出|所提|提交|领衔)的?)关于[^，,。；;：:《》“”"\n]{2,60}?的(?:提案|建议)(?=已?收悉|[，,。；;]|办理|答复|很好|中)/, text)) add(m.index, m.index + m[0].length, m[0]);
    });
    return hits;
  },
};

// ---- the 署名 and the 联系人 line -----------------------------------------------------------------

const DATE_TEXT = /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|\d{7,8}|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|[〇零一二三四五六七八九○O0]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*$/;
const ORG_LINE = /(?:局|委员会|委|办公室|办|厅|院|政府|中心|公司|集团|站|所|处|科|队|署|会|部|街道|社区|(?:（|\()?盖章(?:）|\))?)\s*$/;
const CONTACT_LINE = /^\s*[（(]?\s*(?:联\s*系\s*(?:人|单\s*位|电\s*话|方\s*式)|承\s*办\s*人|经\s*办\s*人)[^：:]{0,12}[：:]/;

const CLOSING_WORDS = /感谢|欢迎|批评指正|此复|特此|函复|谢谢|宝贵意见|关心和支持|关心、支持|支持和帮助|继续关注|继续关心/;

function isDateLine(paragraph: ParagraphInput): boolean {
  return paragraph.role === 'date' || DATE_TEXT.test(paragraph.text);
}

function isContactLine(text: string): boolean {
  return CONTACT_LINE.test(text) && text.trim().length <= 80 && !/[。！？]\s*[^）)\s]/.test(text);
}

export const signatureMissing: DocumentRule = {
  id: 'signature-missing',
  title: '缺发文机关署名',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：成文日期之上署发文机关全称或规范化简称；答复函的落款不能省去署名。',
  scope: 'document',
  check: (paragraphs) => {
    let dateIndex = -1;
    for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
      const { text, role } = paragraphs[index];
      if (text.trim() === '') continue;
      if (isDateLine(paragraphs[index])) {
        dateIndex = index;
        break;
      }
      // Only the 附注, 抄送 and the like may follow the date.
      if (role === 'note' || role === 'cc' || isContactLine(text) || /^\s*(?:抄\s*[送报]|[（(]|注|附)/.test(text)) continue;
      // The letter ends on its closing words with neither 署名 nor date after them.
      if (role === 'body' && CLOSING_WORDS.test(text) && /[。！!]\s*$/.test(text)) {
        const start = text.length - text.trimStart().length;
        return [{ paragraph: index, ...hit(start, text.trimEnd().length, '信写到结束语就停了：结束语后面缺发文机关署名和成文日期。') }];
      }
      return [];
    }
    if (dateIndex <= 0) return [];
    let above = dateIndex - 1;
    while (above >= 0 && paragraphs[above].text.trim() === '') above -= 1;
    if (above < 0) return [];
    const line = paragraphs[above];
    const text = line.text.trim();
    if (line.role === 'signature') return [];
    const signed = text.length <= 40 && ORG_LINE.test(text) && !SENTENCE_END.test(text) && !isContactLine(text);
    if (signed) return [];
    // Only a letter with body text above counts: a date under the title is a header field.
    const hasBody = paragraphs.slice(0, above + 1).some((p) => p.role === 'body' && SENTENCE_END.test(p.text));
    if (!hasBody) return [];
    const date = paragraphs[dateIndex].text;
    const start = date.length - date.trimStart().length;
    return [{ paragraph: dateIndex, ...hit(start, date.trimEnd().length, '成文日期上方没有发文机关署名，请在日期上方写上单位全称。') }];
  },
};

export const contactNotNote: DocumentRule = {
  id: 'contact-not-note',
  title: '联系人未作附注',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：附注居左空二字加圆括号，编排在成文日期下一行；答复函的联系人、电话作附注：“（联系人：××，联系电话：××）”。',
  scope: 'document',
  check: (paragraphs) => {
    const hits: DocumentHit[] = [];
    let dateIndex = -1;
    paragraphs.forEach((p, index) => {
      if (isDateLine(p)) dateIndex = index;
    });
    let block: number[] = [];
    const flush = () => {
      if (block.length === 0) return;
      const lines = block.map((index) => ({ p: paragraphs[index], index }));
      block = [];
      const bracketed = lines.every(({ p }) => /^\s*[（(]/.test(p.text) && /[）)]\s*$/.test(p.text));
      const early = dateIndex >= 0 && lines[0].index < dateIndex;
      if (bracketed && !early) return;
      const named = lines.find(({ p }) => /联\s*系\s*人|承\s*办\s*人|经\s*办\s*人/.test(p.text)) ?? lines[0];
      const text = named.p.text;
      const start = text.length - text.trimStart().length;
      const message = bracketed
        ? '附注（联系人、电话）应放在成文日期下一行，不放在署名、日期之前。'
        : early
          ? '联系人、电话应作附注，加圆括号放在成文日期下一行：“（联系人：××，联系电话：××）”；不放在署名、日期之前。'
          : '联系人、电话应作附注，加圆括号：“（联系人：××，联系电话：××）”。';
      hits.push({ paragraph: named.index, ...hit(start, text.trimEnd().length, message) });
    };
    paragraphs.forEach((p, index) => {
      if (p.text.trim() === '') return;
      if (p.role !== 'title' && p.role !== 'heading' && isContactLine(p.text)) block.push(index);
      else flush();
    });
    flush();
    return hits;
  },
};

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

// ---- a title noun doubled after the title ----------------------------------------------------------

export const titleNounDoubled: DocumentRule = {
  id: 'title-noun-doubled',
  title: '题目后重复“建议”“提案”',
  severity: 'warning',
  defaultOn: true,
  basis: '校对常规：题目已以“建议”“提案”结尾，书名号后不再重复同一个词。',
  scope: 'document',
  check: (paragraphs) =>
    paragraphs.flatMap((paragraph, index) =>
      BODY_ROLES.has(paragraph.role)
        ? [...matchAll(/(建议|提案)[》”"](建议|提案)/, paragraph.text)]
            .filter((m) => m[1] === m[2])
            .map((m) => ({ paragraph: index, ...hit(m.index + 3, m.index + 5, `题目已以“${m[1]}”结尾，后面的“${m[2]}”重复了，请删去。`, '') }))
        : [],
    ),
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

// ---- a field of the form left empty ----------------------------------------------------------------

export const fieldLeftEmpty: DocumentRule = {
  id: 'field-left-empty',
  title: '栏目留空',
  severity: 'warning',
  defaultOn: true,
  basis: '公文惯例：模板里的栏目（签发人、负责人、联系人、类别等）要么填写，要么删去，不留空栏。',
  scope: 'document',
  check: (paragraphs) =>
    paragraphs.flatMap((paragraph, index) => {
      const m = /^(\s*)((?:单位)?负\s*责\s*人|签\s*发\s*人|领导签发|联\s*系\s*人|联系电话|承\s*办\s*人|审\s*核\s*人|核\s*稿\s*人|类\s*别|办理结果|答复类型|是否同意公开)\s*[:：]\s*$/.exec(paragraph.text);
      return m ? [{ paragraph: index, ...hit(m[1].length, paragraph.text.trimEnd().length, `“${m[2]}”一栏是空的：请填写，或删去这一行。`) }] : [];
    }),
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
      if (known.some((name) => (name.includes(long) && whole.includes(name.replace(long, short))) || (name.includes(short) && whole.includes(name.replace(short, long))))) continue;
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
      .map((m) => ({ paragraph: m.paragraph, ...hit(m.start, m.start + 2, `这封信别处说“${usual[0]}”，这里写作“${m.word}”；若不是引述上级或其他地方，请统一。`) }));
  },
};

// ---- the case's number told twice ------------------------------------------------------------------

const CASE_NUMBER = /第\s*0*(\d+)\s*号(?=\s*(?:提案|建议|议案|[）)]))|(?<=(?:提案|建议|议案)》?\s*[（(]\s*第?\s*)0*(\d+)\s*号/;

export const caseNumberMismatch: DocumentRule = {
  id: 'case-number-mismatch',
  title: '提案号前后不一',
  severity: 'warning',
  defaultOn: true,
  basis: '答复函惯例：同一件提案、建议的编号在标题和正文中一致。',
  scope: 'document',
  check: (paragraphs) => {
    const titleNumbers = new Set<string>();
    const bodyNumbers: { paragraph: number; start: number; end: number; number: string }[] = [];
    paragraphs.forEach((paragraph, index) => {
      const header = paragraph.role === 'title';
      if ((!header && !BODY_ROLES.has(paragraph.role)) || !paragraph.text.includes('号')) return;
      for (const m of matchAll(CASE_NUMBER, paragraph.text)) {
        const number = m[1] ?? m[2];
        if (header) titleNumbers.add(number);
        else bodyNumbers.push({ paragraph: index, start: m.index, end: m.index + m[0].length, number });
      }
    });
    if (titleNumbers.size !== 1) return [];
    const [number] = titleNumbers;
    return bodyNumbers
      .filter((m) => m.number !== number)
      .map((m) => ({ paragraph: m.paragraph, ...hit(m.start, m.end, `标题里的编号是第${number}号，这里写作第${m.number}号，请核对。`) }));
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
    for (const entry of wordList) {
      if (entry.kind !== 'organisation') continue;
      // 柳州市, 石林彝族自治县 (the shared PLACE_PREFIX stops at long autonomous-county names).
      const place = PLACE_PREFIX.exec(entry.name)?.[0] ?? /^[^省市区县]{1,8}?(?:自治县|自治州|自治区|省|市|区|县)/.exec(entry.name)?.[0] ?? '';
      const level = /[市区县]$/.exec(place)?.[0];
      if (!level || place.length === entry.name.length) continue;
      const local = level + entry.name.slice(place.length);
      if (local.length < 6 || (!whole.includes(entry.name) && !whole.includes(local))) continue;
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
            hits.push({ paragraph: index, ...hit(at, end, `“${variant}”是“${entry.name}”的简称，信中没有引入过；请写全称，或在第一次出现时注明“（以下简称“${variant}”）”。`, local) });
            break;
          }
        }
      });
    }
    return hits;
  },
};

// ---- a figure stated twice -------------------------------------------------------------------------

const FIGURE = /([\u4e00-\u9fff]{4,10})(?:为|是|达到?|共计|总计|合计)约?(\d+(?:\.\d+)?)(万元|亿元|元|公里|千米|米|平方米|亩|个|家|所|座|名|人|户|辆|处|条|项|盏|台|套|%)/;

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
      if (!BODY_ROLES.has(paragraph.role)) return;
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
