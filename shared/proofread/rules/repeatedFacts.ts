// Facts a letter states twice and that must agree: the session (届次) of the proposal, the year of the
// letter's own 发文字号 and its 成文日期, and the 印发 date and the 成文日期. The number of the proposal
// (case-number-mismatch) and a figure told twice (figure-mismatch) are checked in consistency.ts.
import { chineseNumberValue, hit, matchAll } from '../core/text';
import type { DocumentHit, DocumentRule, ParagraphInput } from '../core/types';
import { BODY_ROLES } from './addressees';

// ---- the session --------------------------------------------------------------------------------

/** 「市政协十三届三次会议」「十七届人大五次会议」「第九届人民代表大会第三次会议」. */
const SESSION = /第?([一二三四五六七八九十]{1,3}|\d{1,2})届((?:[\u4e00-\u9fff]{0,8}?))第?([一二三四五六七八九十]{1,3}|\d{1,2})次(?:全体)?会议/;
const ORGAN_BEFORE = 8;

type Organ = '政协' | '人大' | '';

interface Session {
  paragraph: number;
  start: number;
  end: number;
  /** 「13|3」: the 届 and the 次 as numbers. */
  key: string;
  organ: Organ;
  text: string;
}

const numeral = (text: string) => (/^\d+$/.test(text) ? Number(text) : chineseNumberValue(text));

function organOf(text: string): Organ {
  if (/政协|政治协商/.test(text)) return '政协';
  if (/人大|人民代表大会/.test(text)) return '人大';
  return '';
}

function sessionsOf(paragraph: ParagraphInput, index: number): Session[] {
  if (!paragraph.text.includes('会议')) return [];
  return [...matchAll(SESSION, paragraph.text)].flatMap((m) => {
    const term = numeral(m[1]);
    const meeting = numeral(m[3]);
    // 「常委会第三次会议」 is a standing committee's meeting, not the session a proposal belongs to.
    if (term === undefined || meeting === undefined || /常委|常务/.test(m[2])) return [];
    const around = paragraph.text.slice(Math.max(0, m.index - ORGAN_BEFORE), m.index) + m[2];
    return [{ paragraph: index, start: m.index, end: m.index + m[0].length, key: `${term}|${meeting}`, organ: organOf(around), text: m[0] }];
  });
}

/**
 * The title names the session whose proposal the letter answers; the body's own mention of that
 * session («您在市政协十三届三次会议上提出的……») says the same. A mention of another body's session
 * (人大 in a 政协 reply) is not compared.
 */
export const sessionMismatch: DocumentRule = {
  id: 'session-mismatch',
  title: '届次前后不一',
  severity: 'warning',
  defaultOn: true,
  basis: '校对常规：同一件提案、建议所属的届次会议在标题和正文中一致。',
  scope: 'document',
  check: (paragraphs) => {
    const titles = paragraphs.flatMap((paragraph, index) => (paragraph.role === 'title' ? sessionsOf(paragraph, index) : []));
    if (new Set(titles.map((session) => session.key)).size !== 1) return [];
    const [named] = titles;
    const hits: DocumentHit[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (!BODY_ROLES.has(paragraph.role)) return;
      for (const session of sessionsOf(paragraph, index)) {
        if (session.key === named.key) continue;
        if (session.organ !== '' && named.organ !== '' && session.organ !== named.organ) continue;
        hits.push({
          paragraph: index,
          ...hit(session.start, session.end, `标题说的是“${named.text}”，这里写作“${session.text}”；若说的是同一次会议，请统一。`),
        });
      }
    });
    return hits;
  },
};

// ---- the letter's own number and dates ----------------------------------------------------------

/** The letter's own 发文字号, alone on its line above the title (a 签发人 may share the line). */
const OWN_DOC_NUMBER = /^\s*[\u4e00-\u9fff]{1,15}[〔［[【(（]((?:19|20)\d{2})[〕］\]】)）]\s*第?\s*\d+\s*号(?:\s+签发人.*)?\s*$/;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const PRINTED = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印\s*发/;
const HEAD_LINES = 6;

const isoOf = (m: RegExpExecArray, from = 1) => `${m[from]}-${m[from + 1].padStart(2, '0')}-${m[from + 2].padStart(2, '0')}`;

/** The 成文日期: the last paragraph set as the date. */
function signedOn(paragraphs: readonly ParagraphInput[]): { year: string; iso: string; text: string } | undefined {
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
    if (paragraphs[index].role !== 'date') continue;
    const m = DATE.exec(paragraphs[index].text);
    return m ? { year: m[1], iso: isoOf(m), text: m[0] } : undefined;
  }
  return undefined;
}

/**
 * The year in the letter's own 发文字号 is the year it is issued, so it agrees with the 成文日期; and a
 * letter is not printed (版记「…印发」) before the date it bears.
 */
export const datesDisagree: DocumentRule = {
  id: 'dates-disagree',
  title: '文号年份、日期前后不一',
  severity: 'warning',
  defaultOn: true,
  basis: 'GB/T 9704-2012：发文字号中的年份为发文年份；印发日期不早于成文日期。',
  scope: 'document',
  check: (paragraphs) => {
    const signed = signedOn(paragraphs);
    if (!signed) return [];
    const hits: DocumentHit[] = [];
    const firstTitle = paragraphs.findIndex((paragraph) => paragraph.role === 'title');
    const head = firstTitle < 0 ? Math.min(HEAD_LINES, paragraphs.length) : firstTitle;
    for (let index = 0; index < head; index += 1) {
      const m = OWN_DOC_NUMBER.exec(paragraphs[index].text);
      if (!m || m[1] === signed.year) continue;
      const at = m[0].indexOf(m[1]);
      hits.push({ paragraph: index, ...hit(at, at + 4, `发文字号的年份是${m[1]}年，成文日期却是“${signed.text}”，请核对。`) });
    }
    paragraphs.forEach((paragraph, index) => {
      if (paragraph.role === 'date' || !paragraph.text.includes('印')) return;
      for (const m of matchAll(PRINTED, paragraph.text)) {
        if (isoOf(m) >= signed.iso) continue;
        hits.push({ paragraph: index, ...hit(m.index, m.index + m[0].length - 2, `印发日期早于成文日期“${signed.text}”，请核对。`) });
      }
    });
    return hits;
  },
};
