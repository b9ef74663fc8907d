import { fontDisplayName } from '../../../shared/print/fonts';
import type { LayoutReport } from '../../../shared/print/layoutTypes';

import { signoffNotice, STRANDED_WARNING } from '../../../shared/print/signoffNotice';
import { turnedNotice } from '../../../shared/print/turnedNotice';

/** What the clerk must know before printing, in plain words; empty when the pages are ready. */
export function printWarnings(unfilled: readonly string[], report: LayoutReport | undefined): string[] {
  const warnings: string[] = [];
  if (unfilled.length > 0) warnings.push(`还有 ${unfilled.length} 处信息没有填写（${unfilled.join('、')}），印出来会是方括号占位符，页面上已用黄色标出。`);
  if (!report) return warnings;
  const fallbacks = report.fonts.filter((font) => font.fallback);
  if (fallbacks.length > 0) {
    warnings.push(
      `本机缺少公文字体，正在用替代字体：${fallbacks.map((font) => `${font.label}→${font.resolved ? fontDisplayName(font.resolved) : '系统默认字体'}`).join('，')}。字形与正式公文略有不同，行数和每行字数不变。`,
    );
  }
  if (report.stranded) warnings.push(STRANDED_WARNING);
  const otherOverfull = report.overfullPages.filter((page) => !report.overfullTablePages.includes(page));
  if (otherOverfull.length > 0) warnings.push(`第 ${otherOverfull.join('、')} 页有内容超出版心，请检查标题或落款是否过长。`);
  if (report.overfullTablePages.length > 0)
    warnings.push(
      `第 ${report.overfullTablePages.join('、')} 页的表格有一行（或合并单元格连起来的几行）比一页还高，超出版心的部分印不出来：请把过长的内容分到几行里，或拆开合并的单元格。`,
    );
  return warnings;
}

export function printNotes(report: LayoutReport | undefined): string[] {
  if (!report) return [];
  const notice = signoffNotice(report);
  const turned = turnedNotice(report);
  return [`共 ${report.pages} 页。`, ...(notice ? [notice] : []), ...(turned ? [turned] : [])];
}
