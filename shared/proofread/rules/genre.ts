// What the letter answers (提案 or 建议) and how it quotes the case's title, kept the same throughout.
import { hit, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphInput } from '../core/types';
import { BODY_ROLES, findAddressee } from './addressees';

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
    const wrong =
      genre === '提案'
        ? /(?<=[”》"]|的)建议(?=已?收悉)|(?<=\d\s*号)建议/
        : /(?<=[”》"]|的)提案(?=已?收悉)|(?<=\d\s*号)提案|(?<=[”》"的号])议案|(?<!建)议案(?=中|已?收悉)/;
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
      for (const m of matchAll(
        /(?<=(?:提出|所提|提交|领衔)的?)关于[^，,。；;：:《》“”"\n]{2,60}?的(?:提案|建议)(?=已?收悉|[，,。；;]|办理|答复|很好|中)/,
        text,
      ))
        add(m.index, m.index + m[0].length, m[0]);
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
