import type { Segment } from '../diff/types';
import { makeFieldRenderer } from '../fields/formatField';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { blockText, type Block, type LetterDocument } from '../model/document';
import { escapeHtml } from '../print/escapeHtml';
import { FONT_STACKS, fontFamilyValue } from '../print/fonts';
import type { CommentThread } from './reviewSchemas';

/** A line of the 修改对照表 (renderer/features/compare/changeTable.ts makes them). */
export interface ChangeTableLine {
  before: Segment[];
  after: Segment[];
  note: string;
}

export interface ReviewPrintInput {
  title: string;
  /** 「待审核」…: what the reviewer is looking at. */
  stateLabel: string;
  printedAt: string;
  printedBy: string;
  document: LetterDocument;
  fieldDefinitions: readonly FieldDefinition[];
  fields: FieldValues;
  threads: readonly CommentThread[];
  /** Instants in the clerk's local time. */
  formatTime: (iso: string) => string;
  changeTable?: { against: string; lines: readonly ChangeTableLine[] };
}

/** Threads numbered in reading order; a thread whose text is gone comes last, unmarked. */
export function numberThreads(threads: readonly CommentThread[]): CommentThread[] {
  const at = (thread: CommentThread) => (thread.anchor ? [thread.anchor.block, thread.anchor.start] : [Infinity, 0]);
  return [...threads].sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1] || a.time.localeCompare(b.time));
}

interface Span {
  number: number;
  start: number;
  end: number;
  resolved: boolean;
}

/** A paragraph's text with each commented range marked and its note number set where the range ends. */
function markedParagraph(text: string, spans: readonly Span[]): string {
  const chars = Array.from(text);
  const cuts = [...new Set([0, chars.length, ...spans.flatMap((span) => [span.start, span.end])])].filter((cut) => cut <= chars.length).sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    // A table's cells are the lines of its plain-text form.
    const piece = escapeHtml(chars.slice(from, to).join('')).replaceAll('\n', '<br>');
    const covering = spans.filter((span) => span.start <= from && to <= span.end);
    if (covering.length === 0) html += piece;
    else html += `<mark class="${covering.every((span) => span.resolved) ? 'c c--resolved' : 'c'}">${piece}</mark>`;
    html += spans
      .filter((span) => span.end === to)
      .map((span) => `<sup class="cn">[${span.number}]</sup>`)
      .join('');
  }
  return html;
}

function blockClass(block: Block): string {
  return block.role === 'heading' ? `b-heading b-h${block.level}` : `b-${block.role}`;
}

function segmentsHtml(segments: readonly Segment[]): string {
  return segments
    .map(({ text, mark }) => (mark === 'removed' ? `<del>${escapeHtml(text)}</del>` : mark === 'added' ? `<ins>${escapeHtml(text)}</ins>` : escapeHtml(text)))
    .join('');
}

function noteHtml(thread: CommentThread, number: number, formatTime: (iso: string) => string): string {
  const who = (entry: { author: string; authorUnit: string; time: string }) =>
    `<span class="who">${escapeHtml(entry.author)}${entry.authorUnit ? `（${escapeHtml(entry.authorUnit)}）` : ''}</span> <time>${escapeHtml(formatTime(entry.time))}</time>`;
  const gone = thread.anchor ? '' : '<span class="gone">（原文已删改）</span>';
  const state = thread.resolvedAt
    ? `<p class="st st--resolved">已解决（${escapeHtml(thread.resolvedBy ?? '')}，${escapeHtml(formatTime(thread.resolvedAt))}）</p>`
    : '<p class="st">未解决</p>';
  const replies = thread.replies.map((reply) => `<p class="reply">${who(reply)}：${escapeHtml(reply.body)}</p>`).join('');
  return `<li class="note"><p class="q"><span class="n">[${number}]</span>「${escapeHtml(thread.originalAnchor.quote)}」${thread.place ? `（${escapeHtml(thread.place)}）` : ''}${gone}</p><p>${who(thread)}：${escapeHtml(thread.body)}</p>${replies}${state}</li>`;
}

/**
 * The 审阅稿: the letter with the commented ranges marked and numbered, every comment thread as a
 * numbered note after it (author, time, replies, resolved or not), and optionally the 修改对照表.
 * A separate printout for reviewers: the final letter's print, PDF and Word file never carry comments.
 */
export function reviewPrintHtml(input: ReviewPrintInput): string {
  const render = makeFieldRenderer(input.fieldDefinitions, input.fields);
  const threads = numberThreads(input.threads);
  const spans = threads.flatMap((thread, index) =>
    thread.anchor
      ? [{ block: thread.anchor.block, number: index + 1, start: thread.anchor.start, end: thread.anchor.end, resolved: thread.resolvedAt !== null }]
      : [],
  );
  const paragraphs = input.document.blocks
    .map(
      (block, index) =>
        `<p class="${blockClass(block)}">${markedParagraph(
          blockText(block, render),
          spans.filter((span) => span.block === index),
        )}</p>`,
    )
    .join('');
  const open = threads.filter((thread) => !thread.resolvedAt).length;
  const notes =
    threads.length === 0
      ? '<p class="none">这份稿子没有批注。</p>'
      : `<ol class="notes">${threads.map((thread, index) => noteHtml(thread, index + 1, input.formatTime)).join('')}</ol>`;
  const table = input.changeTable
    ? `<section class="changes"><h2>修改对照表（与「${escapeHtml(input.changeTable.against)}」相比）</h2>${
        input.changeTable.lines.length === 0
          ? '<p class="none">两个版本没有差别。</p>'
          : `<table><thead><tr><th class="no">序号</th><th>修改前</th><th>修改后</th><th class="why">说明</th></tr></thead><tbody>${input.changeTable.lines
              .map(
                (line, index) =>
                  `<tr><td class="no">${index + 1}</td><td>${segmentsHtml(line.before)}</td><td>${segmentsHtml(line.after)}</td><td class="why">${escapeHtml(line.note)}</td></tr>`,
              )
              .join('')}</tbody></table>`
      }</section>`
    : '';
  return [
    '<div class="review-sheet">',
    `<header><p class="kind">审阅稿（含批注，仅供内部审核，不作正式文件）</p><p class="meta">${escapeHtml(input.title)} · 审核状态：${escapeHtml(input.stateLabel)} · ${escapeHtml(input.printedBy)} 打印于 ${escapeHtml(input.printedAt)}</p></header>`,
    `<section class="letter">${paragraphs}</section>`,
    `<section class="comments"><h2>批注（共 ${threads.length} 条，未解决 ${open} 条）</h2>${notes}</section>`,
    table,
    '</div>',
  ].join('');
}

/** A4 with ordinary margins and the 公文 faces; pages break where the printer's pages end. */
export function reviewPrintStylesheet(): string {
  return `
@page { size: A4; margin: 22mm 20mm 20mm; @bottom-center { content: "审阅稿 第 " counter(page) " 页"; font-size: 9pt; } }
html, body { margin: 0; padding: 0; background: #fff; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.review-sheet { font-family: ${fontFamilyValue(FONT_STACKS.fangsong)}; font-size: 14pt; line-height: 1.75; }
header { border-bottom: 0.4mm solid #000; margin-bottom: 6mm; font-family: ${fontFamilyValue(FONT_STACKS.hei)}; }
header .kind { font-size: 12pt; margin: 0; }
header .meta { font-size: 10.5pt; margin: 0 0 2mm; }
.letter p { margin: 0; text-align: justify; }
.b-body, .b-closing, .b-heading, .b-note { text-indent: 2em; }
.b-title { text-align: center; font-family: ${fontFamilyValue(FONT_STACKS.title)}; font-size: 18pt; margin-bottom: 4mm !important; }
.b-h1 { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; }
.b-h2 { font-family: ${fontFamilyValue(FONT_STACKS.kai)}; }
.b-signature, .b-date { text-align: right; padding-right: 4em; }
mark.c { background: #fde68a; border-bottom: 0.4mm solid #b45309; color: inherit; }
mark.c--resolved { background: none; border-bottom: 0.3mm dashed #6b7280; }
sup.cn { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; font-size: 8.5pt; color: #b45309; line-height: 0; }
h2 { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; font-size: 13pt; margin: 8mm 0 2mm; font-weight: normal; }
.comments, .changes { font-size: 11pt; line-height: 1.6; }
.notes { list-style: none; padding: 0; margin: 0; }
.note { break-inside: avoid; border-left: 0.6mm solid #b45309; padding: 1mm 0 1mm 3mm; margin-bottom: 3mm; }
.note p { margin: 0; }
.note .n { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; color: #b45309; margin-right: 1mm; }
.note .reply { padding-left: 4mm; }
.note .who { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; }
.note time { color: #444; }
.note .gone { color: #b91c1c; }
.note .st { color: #b91c1c; }
.note .st--resolved { color: #15803d; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
tr { break-inside: avoid; }
th { font-family: ${fontFamilyValue(FONT_STACKS.hei)}; font-weight: normal; }
.no { width: 8mm; text-align: center; }
.why { width: 32mm; }
del { color: #b91c1c; }
ins { color: #1d4ed8; }
@media screen {
  body { background: #8a8f98; padding: 8mm 0; }
  .review-sheet { width: 170mm; min-height: 255mm; margin: 0 auto; padding: 22mm 20mm 20mm; background: #fff; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.35); }
}
`;
}
