import type { Block, Inline, LetterDocument } from '../model/document';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { formatFieldValue } from '../fields/formatField';
import { ATTACHMENT_LABEL, ATTACHMENT_NUMBER } from './attachmentParts';
import { escapeHtml } from './escapeHtml';
import { documentHeaderHtml, hasDocumentHeader, headCarriesNumber, UNSIGNED } from './documentHeader';
import { tableMarkup } from './tableMarkup';
import type { PrintSettings } from './settings';
import { own } from '../lookup/own';
import { DOC_NUMBER } from '../structure/lineKinds';

/** A stretch of printed text; `unfilled` marks a field still showing its placeholder. */
interface Piece {
  text: string;
  bold?: boolean;
  unfilled?: boolean;
}

export interface LetterMarkup {
  /** The flow (class "flow") and the 版记 (class "colophon"), all text escaped; paginated in Chromium. */
  bodyHtml: string;
  /** Labels of the fields still unfilled, in the order they first appear. */
  unfilled: string[];
}

const REPLY_TYPE_FIELD = 'replyType';
const DOC_NUMBER_FIELD = 'docNumber';
const SENTENCE_END = /[。！？]/;

function piecesOf(inlines: readonly Inline[], fields: ReadonlyMap<string, FieldDefinition>, values: FieldValues, unfilled: Set<string>): Piece[] {
  return inlines.map((run): Piece => {
    if (run.t === 'text') return { text: run.text, bold: run.bold };
    const field = fields.get(run.name);
    const label = field?.label ?? run.name;
    const value = own(values, run.name);
    const filled = (value?.trim() ?? '') !== '';
    if (!filled) unfilled.add(label);
    const text = field ? formatFieldValue(field, value) : `〔${label}〕`;
    return filled ? { text } : { text, unfilled: true };
  });
}

function plain(pieces: readonly Piece[]): string {
  return pieces.map((piece) => piece.text).join('');
}

function piecesHtml(pieces: readonly Piece[]): string {
  return pieces
    .map((piece) => {
      const text = escapeHtml(piece.text);
      const inner = piece.bold ? `<b>${text}</b>` : text;
      return piece.unfilled ? `<span class="unfilled">${inner}</span>` : inner;
    })
    .join('');
}

/** Splits pieces after `at` characters (UTF-16), keeping each piece's marks. */
function splitPieces(pieces: readonly Piece[], at: number): [Piece[], Piece[]] {
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let seen = 0;
  for (const piece of pieces) {
    const end = seen + piece.text.length;
    if (end <= at) head.push(piece);
    else if (seen >= at) tail.push(piece);
    else {
      head.push({ ...piece, text: piece.text.slice(0, at - seen) });
      tail.push({ ...piece, text: piece.text.slice(at - seen) });
    }
    seen = end;
  }
  return [head, tail];
}

/** Title words stay whole when the title wraps: each word is an unbreakable span. */
function titleHtml(pieces: readonly Piece[]): string {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return pieces
    .map((piece) => {
      const words = [...segmenter.segment(piece.text)].map((s) => `<span class="w">${escapeHtml(s.segment)}</span>`).join('');
      return piece.unfilled ? `<span class="unfilled">${words}</span>` : words;
    })
    .join('');
}

/** 「（一）持续优化营商环境。柳州市……」: only the heading sentence takes the heading face. */
function headingHtml(pieces: readonly Piece[]): string {
  const text = plain(pieces);
  const end = text.search(SENTENCE_END);
  if (end < 0 || end === text.length - 1) return `<span class="h-lead">${piecesHtml(pieces)}</span>`;
  const [lead, rest] = splitPieces(pieces, end + 1);
  return `<span class="h-lead">${piecesHtml(lead)}</span>${piecesHtml(rest)}`;
}

/**
 * 附件说明 (GB/T 9704 §7.3.4): 「附件：」 左空二字, then the number and the name; a wrapped name lines up
 * under its own first character, and later items stand under the first one's number.
 */
function attachmentHtml(pieces: readonly Piece[]): string {
  let rest = pieces;
  const take = (pattern: RegExp): string => {
    const found = pattern.exec(plain(rest))?.[0] ?? '';
    const [head, tail] = splitPieces(rest, found.length);
    rest = tail;
    return piecesHtml(head).trim();
  };
  const label = take(ATTACHMENT_LABEL);
  const number = take(ATTACHMENT_NUMBER);
  const numbered = number ? `<span class="att-number">${number}</span>` : '';
  return `<span class="att-label">${label}</span>${numbered}<span class="att-name">${piecesHtml(rest)}</span>`;
}

function isSignoffRole(role: Block['role']): boolean {
  return role === 'signature' || role === 'date';
}

/** A block with its position in the draft: printed elements carry it as data-block, so a page start names its paragraph. */
interface Placed {
  block: Block;
  index: number;
}

interface Sorted {
  header: Placed[];
  title: Placed[];
  main: Placed[];
  signature: Placed[];
  date: Placed[];
  notes: Placed[];
  cc: Placed[];
}

/** Places each block where GB/T 9704 puts its role: 抄送 into the 版记, 附注 below the 成文日期. */
function sortBlocks(blocks: readonly Block[]): Sorted {
  const sorted: Sorted = { header: [], title: [], main: [], signature: [], date: [], notes: [], cc: [] };
  const firstTitle = blocks.findIndex((block) => block.role === 'title');
  const firstSignoff = blocks.findIndex((block) => isSignoffRole(block.role));
  blocks.forEach((block, index) => {
    const placed = { block, index };
    if (block.role === 'cc') sorted.cc.push(placed);
    else if (block.role === 'title') sorted.title.push(placed);
    else if (block.role === 'signature') sorted.signature.push(placed);
    else if (block.role === 'date') sorted.date.push(placed);
    else if (block.role === 'note' && index < firstTitle) sorted.header.push(placed);
    else if (block.role === 'note' && firstSignoff >= 0 && index > firstSignoff) sorted.notes.push(placed);
    else sorted.main.push(placed);
  });
  return sorted;
}

const at = ({ index }: Placed) => `data-block="${index}"`;

const DISCLOSURE_NOTE: Record<string, string> = { 主动公开: '（此件公开发布）', 依申请公开: '（此件依申请公开）', 不予公开: '（此件不予公开）' };

export interface LetterInput {
  document: LetterDocument;
  fieldDefinitions: readonly FieldDefinition[];
  fields: FieldValues;
  settings: PrintSettings;
  /** The 信函格式 header line from the bureau profile; the 署名 stands in when it is empty. */
  letterHeader?: string;
  /** The leader of the draft's verified 签发 or 代录签发, for a 上行文's 签发人. */
  issuedBy?: string | null;
}

/** The letter as print markup: one element per printed block, classes naming their GB/T 9704 role. */
export function letterMarkup({ document, fieldDefinitions, fields, settings, letterHeader, issuedBy = null }: LetterInput): LetterMarkup {
  const definitions = new Map(fieldDefinitions.map((field) => [field.name, field]));
  const unfilled = new Set<string>();
  const pieces = ({ block }: Placed) => piecesOf(block.inlines, definitions, fields, unfilled);
  const sorted = sortBlocks(document.blocks);
  const replyType = own(fields, REPLY_TYPE_FIELD)?.trim() ?? '';
  const showMark = settings.replyTypeMark && replyType !== '';
  const out: string[] = ['<div class="flow">'];

  const signerText = sorted.signature.length > 0 ? plain(pieces(sorted.signature[sorted.signature.length - 1])) : '';
  if (settings.format === 'letter') {
    out.push(`<div class="letterhead keep"><p class="lh-name">${escapeHtml(letterHeader?.trim() || signerText)}</p><div class="lh-rule"></div></div>`);
  }
  const organ = letterHeader?.trim() || signerText;
  // The 版头 (see headCarriesNumber) prints the 发文字号 itself, from its field or from a line above the title that is one (an imported letter's): that line is not printed twice.
  const isField = (block: Block, name: string) => block.inlines.some((run) => run.t === 'field' && run.name === name);
  const numberLine = sorted.header.find(({ block }) => isField(block, DOC_NUMBER_FIELD) || DOC_NUMBER.test(plain(pieces({ block, index: -1 })).trim()));
  const docNumber = own(fields, DOC_NUMBER_FIELD)?.trim() || (numberLine ? plain(pieces(numberLine)).trim() : '');
  out.push(documentHeaderHtml(settings, { organ, docNumber, signer: issuedBy }));
  if (hasDocumentHeader(settings) && settings.upward && !issuedBy) unfilled.add(UNSIGNED);
  const header = sorted.header.filter(
    (placed) => !(showMark && isField(placed.block, REPLY_TYPE_FIELD)) && !(headCarriesNumber(settings) && placed === numberLine),
  );
  if (settings.disclosure !== 'none' && settings.disclosurePlacement === 'header') {
    out.push(`<p class="b-header b-disclosure keep">公开属性：${escapeHtml(settings.disclosure)}</p>`);
  }
  for (const placed of header) out.push(`<p class="b-header keep" ${at(placed)}>${piecesHtml(pieces(placed))}</p>`);

  const mark = showMark ? `<span class="reply-mark">${escapeHtml(replyType)}</span>` : '';
  sorted.title.forEach((placed, index) => {
    out.push(`<h1 class="b-title keep" ${at(placed)}>${index === 0 ? mark : ''}${titleHtml(pieces(placed))}</h1>`);
  });
  if (sorted.title.length === 0 && mark) out.push(`<p class="b-header keep">${mark}</p>`);

  sorted.main.forEach((placed, index) => {
    const { block } = placed;
    if (block.table) {
      const cellPieces = (inlines: readonly Inline[]) => piecesOf(inlines, definitions, fields, unfilled);
      out.push(
        ...tableMarkup(
          block.table,
          block.inlines,
          placed.index,
          (inlines) => piecesHtml(cellPieces(inlines)),
          (inlines) => plain(cellPieces(inlines)),
        ),
      );
    } else if (block.role === 'heading') out.push(`<p class="b-heading b-h${block.level}" ${at(placed)}>${headingHtml(pieces(placed))}</p>`);
    else if (block.role === 'attachment') {
      const first = sorted.main[index - 1]?.block.role !== 'attachment' ? ' b-attachment--first' : '';
      out.push(`<p class="b-attachment${first} keep" ${at(placed)}>${attachmentHtml(pieces(placed))}</p>`);
    } else out.push(`<p class="b-${block.role}" ${at(placed)}>${piecesHtml(pieces(placed))}</p>`);
  });

  const notes = sorted.notes.map((placed) => `<p class="b-note" ${at(placed)}>${piecesHtml(pieces(placed))}</p>`);
  if (settings.disclosure !== 'none' && settings.disclosurePlacement === 'note') {
    notes.push(`<p class="b-note">${escapeHtml(own(DISCLOSURE_NOTE, settings.disclosure) ?? '')}</p>`);
  }
  const dateText = sorted.date.map((placed) => plain(pieces(placed))).join('');
  if (sorted.signature.length + sorted.date.length > 0) {
    const lines = [
      ...sorted.signature.map((placed) => `<p class="sig" ${at(placed)}><span>${piecesHtml(pieces(placed))}</span></p>`),
      ...sorted.date.map((placed) => `<p class="date" ${at(placed)}>${piecesHtml(pieces(placed))}</p>`),
    ];
    out.push(`<div class="signoff signoff--${settings.signature} keep"><div class="signoff-box">${lines.join('')}</div>${notes.join('')}</div>`);
  } else {
    out.push(...notes);
  }
  out.push('</div>');

  if (sorted.cc.length > 0 || settings.format === 'ordinary') {
    const ordinary = settings.format === 'ordinary';
    const parts = sorted.cc.map((placed) => `<p class="cc" ${at(placed)}>${piecesHtml(pieces(placed))}</p>`);
    if (ordinary) {
      parts.push(`<p class="issued"><span>${escapeHtml(signerText)}</span><span>${escapeHtml(dateText)}印发</span></p>`);
    }
    out.push(`<div class="colophon colophon--${settings.format}">${parts.join('')}</div>`);
  }
  return { bodyHtml: out.join(''), unfilled: [...unfilled] };
}
