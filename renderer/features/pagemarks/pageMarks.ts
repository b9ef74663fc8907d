import type { Block } from '../../../shared/model/document';
import type { LayoutReport } from '../../../shared/print/layoutTypes';
import { STRANDED_WARNING, signoffNotice } from '../../../shared/print/signoffNotice';

/** A mark in the editor: before the paragraph `block`, `offset` characters into it. */
export interface PageMark {
  block: number;
  offset: number;
  label: string;
}

export interface PageMarkPlan {
  marks: PageMark[];
  /** What printing does for the 署名 and 成文日期, shown above the first of them. */
  notice?: { block: number; text: string };
}

/** Page marks where the print layout starts each page after the first, and the sign-off notice. */
export function planPageMarks(report: LayoutReport, blocks: readonly Pick<Block, 'role'>[]): PageMarkPlan {
  const marks = report.pageStarts.map(({ page, block, offset }) => ({ block, offset, label: `第 ${page - 1} 页 ↑\n第 ${page} 页 ↓` }));
  const text = signoffNotice(report) ?? (report.stranded ? STRANDED_WARNING : undefined);
  const signoff = blocks.findIndex((block) => block.role === 'signature' || block.role === 'date');
  return text && signoff >= 0 ? { marks, notice: { block: signoff, text: `打印时：${text}` } } : { marks };
}
