import { escapeHtml } from './escapeHtml';
import type { PrintSettings } from './settings';

/**
 * GB/T 9704-2012 §7.2 in mm: the 发文机关标志's top edge 35 mm below the 版心's top edge, the red
 * separator line as wide as the 版心, 4 mm below the 发文字号.
 */
export const DOCUMENT_HEADER_MM = { nameTop: 35, ruleGap: 4, rule: 0.5 } as const;
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

/** 份号, 密级和保密期限, 紧急程度, stacked in that order at the top left (§7.2.1–7.2.3). */
function markLines(settings: PrintSettings): string[] {
  const lines: string[] = [];
  if (settings.copyNumber !== '') lines.push(`<p class="dm dm-copy">${settings.copyNumber.padStart(6, '0')}</p>`);
  if (settings.secrecy !== 'none') {
    const term = settings.secrecyTerm === '' ? '' : `★${escapeHtml(settings.secrecyTerm)}`;
    lines.push(`<p class="dm dm-secrecy">${settings.secrecy}${term}</p>`);
  }
  if (settings.urgency !== 'none') lines.push(`<p class="dm dm-urgency">${settings.urgency}</p>`);
  return lines;
}

/** Whether the letter prints the 文件格式 版头 (it goes with the ordinary format; 信函格式 has its own). */
export const hasDocumentHeader = (settings: PrintSettings) => settings.documentHeader && settings.format === 'ordinary';

/**
 * What goes above the title besides the 信函格式 header: the marks alone, or the 文件格式 版头 with the
 * marks above the 发文机关标志. A 上行文 prints 发文字号 左空一字 and 签发人 右空一字 on one line.
 */
export function documentHeaderHtml(settings: PrintSettings, values: HeaderValues): string {
  const marks = markLines(settings);
  const marksHtml = marks.length > 0 ? `<div class="doc-marks">${marks.join('')}</div>` : '';
  if (!hasDocumentHeader(settings)) return marksHtml === '' ? '' : `<div class="doc-head keep">${marksHtml}</div>`;
  const number = escapeHtml(values.docNumber.trim());
  // Not yet signed off: the placeholder prints marked, as an unfilled field does.
  const signer = values.signer ? escapeHtml(values.signer) : `<span class="unfilled">〔${UNSIGNED}〕</span>`;
  const numberLine = !settings.upward
    ? `<p class="dh-number">${number}</p>`
    : `<p class="dh-number dh-number--upward"><span>${number}</span><span class="dh-signer">签发人：<span class="dh-signer-name">${signer}</span></span></p>`;
  return `<div class="doc-head doc-head--${marks.length} keep">${marksHtml}<p class="dh-name">${escapeHtml(values.organ)}</p>${numberLine}<div class="dh-rule"></div></div>`;
}
