import type { TemplateBlock } from '../templates/template';
import { parseLooseDate } from './looseDate';
import {
  DOC_NUMBER,
  REPLY_TYPE,
  headingLevel,
  isAttachmentItem,
  isAttachmentStart,
  isCc,
  isClosing,
  isHeaderField,
  isNote,
  isPageChrome,
  isSignatureLike,
  isTitle,
} from './lineKinds';

export interface LetterParagraphs {
  paragraphs: TemplateBlock[];
  droppedChrome: number;
}

const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g;
const SIGNING_LINE = /签名|签发|盖章|(局|委|办|厅|院|会|中心|政府|公司|所|站|队)$/;
const MAX_SIGNATURE_LINES = 3;
const TITLE_SEARCH_LINES = 8;

function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(EDGE_SPACE, ''))
    .filter((line) => line !== '');
}

/** A long title is often broken over two lines; the first half then ends without 答复/意见. */
function findTitle(lines: string[]): { index: number; lineCount: number } | null {
  const limit = Math.min(lines.length, TITLE_SEARCH_LINES);
  for (let index = 0; index < limit; index += 1) {
    if (isTitle(lines[index])) return { index, lineCount: 1 };
    const next = lines[index + 1];
    if (lines[index].startsWith('关于') && next !== undefined && isTitle(lines[index] + next)) return { index, lineCount: 2 };
  }
  return null;
}

/** Signature, date, 附注 and 抄送 sit at the bottom in varying order; reading upwards finds where the body ends. */
function tailRoles(lines: string[], firstBodyLine: number): TemplateBlock['role'][] {
  const roles: TemplateBlock['role'][] = [];
  let index = lines.length - 1;
  const take = (role: TemplateBlock['role']) => {
    roles.unshift(role);
    index -= 1;
  };
  while (index >= firstBodyLine && (isCc(lines[index]) || isNote(lines[index]))) take(isCc(lines[index]) ? 'cc' : 'note');
  const dated = index >= firstBodyLine && parseLooseDate(lines[index]) !== null;
  if (dated) take('date');
  let signatures = 0;
  while (
    index >= firstBodyLine &&
    signatures < MAX_SIGNATURE_LINES &&
    isSignatureLike(lines[index]) &&
    !isNote(lines[index]) &&
    headingLevel(lines[index]) === null &&
    !isClosing(lines[index]) &&
    !isAttachmentStart(lines[index]) &&
    (dated || SIGNING_LINE.test(lines[index]))
  ) {
    take('signature');
    signatures += 1;
  }
  // A 联系人 line set above the 署名 (or above the date when the 署名 is missing) is still a 附注.
  while (index >= firstBodyLine && isNote(lines[index]) && !/[。；;]$/.test(lines[index])) take('note');
  // 附件说明 between the body and the 署名: 「附件：1. …」 and the numbered names under it.
  let top = index;
  while (top >= firstBodyLine && isAttachmentItem(lines[top]) && !isAttachmentStart(lines[top])) top -= 1;
  if (top >= firstBodyLine && isAttachmentStart(lines[top])) while (index >= top) take('attachment');
  while (index >= firstBodyLine && isClosing(lines[index])) take('closing');
  return roles;
}

function looksLikeAddressee(line: string): boolean {
  return line.length <= 40 && !/[。，,；;]/.test(line) && headingLevel(line) === null && !isClosing(line) && !isHeaderField(line) && !isNote(line);
}

/** A 主送 beyond doubt: it ends in a colon, or in the title of a person or a body one writes to. */
function surelyAddressee(line: string): boolean {
  return looksLikeAddressee(line) && (/[:：]$/.test(line) || /(代表|委员|同志|先生|女士|委员会|代表团|代表组)$/.test(line));
}

/** Splits a plain-text letter into paragraphs with the roles a template gives them. */
export function letterParagraphs(text: string): LetterParagraphs {
  const all = splitLines(text);
  const lines = all.filter((line) => !isPageChrome(line));
  const paragraphs: TemplateBlock[] = [];
  const title = findTitle(lines);
  let next = 0;
  if (title) {
    for (const line of lines.slice(0, title.index)) paragraphs.push({ role: 'note', text: line });
    paragraphs.push({ role: 'title', text: lines.slice(title.index, title.index + title.lineCount).join('') });
    next = title.index + title.lineCount;
  } else {
    while (next < lines.length && (DOC_NUMBER.test(lines[next]) || REPLY_TYPE.test(lines[next]))) {
      paragraphs.push({ role: 'note', text: lines[next] });
      next += 1;
    }
  }
  // Form fields (领导签发, 是否同意公开, 类别…) and the sender's own name may sit between the title and the
  // 主送; the sender's name, which the 署名 repeats, is never the 主送.
  const tail = tailRoles(lines, next);
  const signed = new Set(tail.flatMap((role, offset) => (role === 'signature' ? [lines[lines.length - tail.length + offset]] : [])));
  const headLimit = Math.min(lines.length - tail.length, next + 4);
  let addresseeAt = -1;
  for (let index = next; index < headLimit; index += 1) {
    if (surelyAddressee(lines[index]) && !signed.has(lines[index])) {
      addresseeAt = index;
      break;
    }
    if (!(
      isHeaderField(lines[index]) ||
      DOC_NUMBER.test(lines[index]) ||
      signed.has(lines[index]) ||
      (looksLikeAddressee(lines[index]) && /(局|委|办|厅|院|政府|中心|文件)$/.test(lines[index]))
    ))
      break;
  }
  if (addresseeAt === -1 && next < lines.length - tail.length && looksLikeAddressee(lines[next]) && !signed.has(lines[next])) addresseeAt = next;
  if (addresseeAt !== -1) {
    for (const line of lines.slice(next, addresseeAt)) paragraphs.push({ role: 'note', text: line });
    paragraphs.push({ role: 'addressee', text: lines[addresseeAt] });
    next = addresseeAt + 1;
  }
  const bodyEnd = lines.length - tail.length;
  for (const line of lines.slice(next, bodyEnd)) {
    const level = headingLevel(line);
    paragraphs.push(level === null ? { role: 'body', text: line } : { role: 'heading', level, text: line });
  }
  tail.forEach((role, offset) => paragraphs.push({ role, text: lines[bodyEnd + offset] }));
  return { paragraphs, droppedChrome: all.length - lines.length };
}
