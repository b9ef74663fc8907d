import { fontDisplayName } from '../../../shared/print/fonts';
import type { LayoutReport } from '../../../shared/print/layoutPages';

export const STRANDED_WARNING = '署名和成文日期单独落在了最后一页，收紧行距也排不下。请精简最后一段或调整段落。';

/** What the clerk must know before printing, in plain words; empty when the pages are ready. */
export function printWarnings(unfilled: readonly string[], report: LayoutReport | undefined): string[] {
  const warnings: string[] = [];
  if (unfilled.length > 0) warnings.push(`还有 ${unfilled.length} 处信息没有填写（${unfilled.join('、')}），印出来会是方括号占位符，页面上已用黄色标出。`);
  if (!report) return warnings;
  const fallbacks = report.fonts.filter((font) => font.fallback);
  if (fallbacks.length > 0) {
    warnings.push(`本机缺少公文字体，正在用替代字体：${fallbacks.map((font) => `${font.label}→${font.resolved ? fontDisplayName(font.resolved) : '系统默认字体'}`).join('，')}。字形与正式公文略有不同，行数和每行字数不变。`);
  }
  if (report.stranded) warnings.push(STRANDED_WARNING);
  if (report.overfullPages.length > 0) warnings.push(`第 ${report.overfullPages.join('、')} 页有内容超出版心，请检查标题或落款是否过长。`);
  return warnings;
}

/** What printing does so the 署名 and 成文日期 never stand on a page of their own, as the layout reports it. */
export function signoffNotice(report: LayoutReport): string | undefined {
  if (report.tightenedPages.length > 0) return `为使署名和成文日期与正文同页，第 ${report.tightenedPages.join('、')} 页已按规定收紧行距。`;
  if (report.carriedOver) return '为使署名和成文日期不单独成页，上一页的最后两行已移到这一页。';
  return undefined;
}

export function printNotes(report: LayoutReport | undefined): string[] {
  if (!report) return [];
  const notice = signoffNotice(report);
  return notice ? [`共 ${report.pages} 页。`, notice] : [`共 ${report.pages} 页。`];
}
