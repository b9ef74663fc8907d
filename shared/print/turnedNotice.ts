import type { LayoutReport } from './layoutTypes';

/** Which pages print a wide table turned sideways (横排), for the preview and `dafu pdf`; undefined when none. */
export function turnedNotice(report: Pick<LayoutReport, 'turnedPages'>): string | undefined {
  if (report.turnedPages.length === 0) return undefined;
  return `第 ${report.turnedPages.join('、')} 页是横排的表格（表格太宽，单独成页横向排印，页码位置不变）。`;
}
