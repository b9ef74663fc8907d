import { escapeHtml } from './escapeHtml';
import { SIZE_PT } from './metrics';
import type { PrintSettings } from './settings';

/**
 * GB/T 9704-2012 §7.2 in mm: the 发文机关标志's top edge 35 mm below the 版心's top edge, the red
 * separator line as wide as the 版心, 4 mm below the 发文字号.
 */
export const DOCUMENT_HEADER_MM = { nameTop: 35, ruleGap: 4, rule: 0.5 } as const;
/** §10.1: the 信函格式's first mark and 发文字号 stand 7/8 of a 三号 character's height below its red double line. */
export const LETTER_MARK_GAP_PT = (SIZE_PT.san * 7) / 8;
/** The 发文机关标志's size: the standard leaves it to the bureau; 小初 fits a 10-character name on one line. */
export const DOCUMENT_NAME_PT = 36;

/** What the clerk is told while a 上行文 has no verified 签发 yet. */
export const UNSIGNED = '签发人（尚未签发）';

export interface HeaderValues {
  /** The 发文机关标志: the bureau's name. */
  organ: string;
  docNumber: string;
  /** The leader of the draft's verified 签发 or 代录签发; null when it has none. */
  signer: string | null;
}

/**
 * 份号, 密级和保密期限, 紧急程度, stacked in that order at the top left (§7.2.1–7.2.3); a 信函格式
 * letter's `number` (its 发文字号) goes flush right on the first line (§10.1).
 */
function markLines(settings: PrintSettings, number: string): string[] {
  const lines: [string, string][] = [];
  if (settings.copyNumber !== '') lines.push(['dm-copy', settings.copyNumber.padStart(6, '0')]);
  if (settings.secrecy !== 'none') lines.push(['dm-secrecy', settings.secrecy + (settings.secrecyTerm === '' ? '' : `★${escapeHtml(settings.secrecyTerm)}`)]);
  if (settings.urgency !== 'none') lines.push(['dm-urgency', settings.urgency]);
  return lines.map(([kind, html], index) =>
    index === 0 && number !== ''
      ? `<p class="dm ${kind} dm--numbered">${html}<span class="dm-number">${number}</span></p>`
      : `<p class="dm ${kind}">${html}</p>`,
  );
}

/** Whether the letter prints the 文件格式 版头 (it goes with the ordinary format; 信函格式 has its own). */
export const hasDocumentHeader = (settings: PrintSettings) => settings.documentHeader && settings.format === 'ordinary';

const hasMarks = (settings: PrintSettings) => settings.copyNumber !== '' || settings.secrecy !== 'none' || settings.urgency !== 'none';

/** Whether the 版头 prints the 发文字号 itself: the 文件格式 one, or 信函格式 marks' first line (§10.1). */
export const headCarriesNumber = (settings: PrintSettings) => hasDocumentHeader(settings) || (settings.format === 'letter' && hasMarks(settings));

/**
 * What goes above the title besides the 信函格式 header: the marks alone, or the 文件格式 版头 with the
 * marks above the 发文机关标志. A 上行文 prints 发文字号 左空一字 and 签发人 右空一字 on one line.
 */
export function documentHeaderHtml(settings: PrintSettings, values: HeaderValues): string {
  const number = escapeHtml(values.docNumber.trim());
  const marks = markLines(settings, settings.format === 'letter' ? number : '');
  const marksHtml = marks.length > 0 ? `<div class="doc-marks">${marks.join('')}</div>` : '';
  if (!hasDocumentHeader(settings)) return marksHtml === '' ? '' : `<div class="doc-head keep">${marksHtml}</div>`;
  // Not yet signed off: the placeholder prints marked, as an unfilled field does.
  const signer = values.signer ? escapeHtml(values.signer) : `<span class="unfilled">〔${UNSIGNED}〕</span>`;
  const numberLine = !settings.upward
    ? `<p class="dh-number">${number}</p>`
    : `<p class="dh-number dh-number--upward"><span>${number}</span><span class="dh-signer">签发人：<span class="dh-signer-name">${signer}</span></span></p>`;
  return `<div class="doc-head doc-head--${marks.length} keep">${marksHtml}<p class="dh-name">${escapeHtml(values.organ)}</p>${numberLine}<div class="dh-rule"></div></div>`;
}
