import type { BlockRole } from '../model/document';
import { parseHeadingMarker } from './core/headingMarker';
import type { ParagraphInput } from './core/types';

/** A paragraph and where it starts in the whole text. */
export interface PlacedParagraph extends ParagraphInput {
  offset: number;
}

const DATE_LINE =
  /^\s*(?:\d{4}年\d{1,2}月\d{1,2}日?|20\d{5,6}|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|[〇零一二三四五六七八九0OＯ]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$/;
const CC_LINE = /^\s*抄\s*[送报]\s*[:：]?/;
const NOTE_LINE = /^\s*[（(]?\s*(?:联系人|承办人|联系电话|此件)/;
const ORG_END = /(?:局|委员会|委|办公室|办|厅|院|政府|中心|公司|集团|站|所|处|科|队|署|会)\s*$/;
const ADDRESSEE = /(?:委员会|委员|代表|同志|先生|女士|学社|支部|小组|单位|党派)\s*[:：]?\s*$/;
const SENTENCE_END = /[。！？；]/;

/** Roles of plain-text paragraphs, guessed from their shape (the editor passes real roles instead). */
export function inferRoles(texts: readonly string[]): BlockRole[] {
  const roles: BlockRole[] = texts.map(() => 'body');
  const firstFilled = texts.findIndex((text) => text.trim() !== '');
  const firstSentence = texts.findIndex((text) => SENTENCE_END.test(text) && !parseHeadingMarker(text));
  texts.forEach((text, index) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (index === firstFilled && /关于|答复|复函|办理情况/.test(trimmed) && !SENTENCE_END.test(trimmed)) roles[index] = 'title';
    else if (CC_LINE.test(trimmed)) roles[index] = 'cc';
    else if (NOTE_LINE.test(trimmed)) roles[index] = 'note';
    else if (DATE_LINE.test(trimmed)) roles[index] = 'date';
    else if (parseHeadingMarker(text)) roles[index] = 'heading';
    else if ((firstSentence === -1 || index < firstSentence) && trimmed.length <= 40 && ADDRESSEE.test(trimmed)) roles[index] = 'addressee';
  });
  // The 署名 is the short organisation line just above the date.
  roles.forEach((role, index) => {
    if (role !== 'date') return;
    let above = index - 1;
    while (above >= 0 && texts[above].trim() === '') above -= 1;
    const text = texts[above]?.trim() ?? '';
    if (above >= 0 && roles[above] === 'body' && text.length <= 30 && ORG_END.test(text) && !SENTENCE_END.test(text)) roles[above] = 'signature';
  });
  // The sender's own name over the title (a 版头 line, repeated by the 署名) is not the 主送, nor is a
  // name without a colon when a 主送 with its colon follows it.
  const signatures = new Set(texts.filter((_, index) => roles[index] === 'signature').map((text) => text.trim()));
  const addressees = roles.flatMap((role, index) => (role === 'addressee' ? [index] : []));
  const withColon = addressees.some((index) => /[:：]\s*$/.test(texts[index]));
  for (const index of addressees) {
    const text = texts[index].trim();
    if (signatures.has(text.replace(/[:：]$/, '')) || (withColon && !/[:：]$/.test(text))) roles[index] = 'body';
  }
  return roles;
}

/** Splits plain text into paragraphs at line breaks, keeping each paragraph's offset; a trailing \r is not part of the text. */
export function splitParagraphs(text: string): PlacedParagraph[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.endsWith('\r') ? line.slice(0, -1) : line, offset });
    offset += line.length + 1;
  }
  const roles = inferRoles(lines.map((line) => line.text));
  return lines.map((line, index) => ({ ...line, role: roles[index] }));
}

/** Places paragraphs the editor gives (with their roles) as if joined by \n, the way documentText joins blocks. */
export function placeParagraphs(paragraphs: readonly ParagraphInput[]): PlacedParagraph[] {
  let offset = 0;
  return paragraphs.map((paragraph) => {
    const placed = { ...paragraph, offset };
    offset += paragraph.text.length + 1;
    return placed;
  });
}
