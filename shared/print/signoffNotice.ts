import type { LayoutReport } from './layoutTypes';

export const STRANDED_WARNING = '署名和成文日期单独落在了最后一页，收紧行距也排不下。请精简最后一段或调整段落。';

/** What printing does so the 署名 and 成文日期 never stand on a page of their own, as the layout reports it. */
export function signoffNotice(report: LayoutReport): string | undefined {
  if (report.tightenedPages.length > 0) return `为使署名和成文日期与正文同页，第 ${report.tightenedPages.join('、')} 页已按规定收紧行距。`;
  if (report.carriedOver) return '为使署名和成文日期不单独成页，上一页的最后两行已移到署名所在的一页。';
  return undefined;
}
