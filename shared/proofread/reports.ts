import { z } from 'zod';

const text = (max: number) => z.string().max(max);

/** A finding the clerk said is wrong (「报告误报」), with the sentence it stood in, for the office to review. */
export const FalseReportSchema = z
  .object({
    rule: text(100),
    excerpt: text(200),
    sentence: text(1_000),
    message: text(500),
    letter: text(200),
    reportedAt: text(40),
  })
  .strict();

export type FalseReport = z.infer<typeof FalseReportSchema>;

export const FalseReportsSchema = z.array(FalseReportSchema).max(5_000, '误报记录最多 5000 条，请先导出并清理。');

export const DECISIONS = ['accepted', 'ignored', 'reported', 'open'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = { accepted: '已采纳', ignored: '已忽略', reported: '报告误报', open: '未处理' };

/** One line of the findings report the 办公室 reads in its checking round. */
export const ReportRowSchema = z
  .object({
    letter: text(200),
    rule: text(100),
    excerpt: text(200),
    suggestion: text(500),
    decision: z.enum(DECISIONS),
  })
  .strict();

export type ReportRow = z.infer<typeof ReportRowSchema>;

/** The sentence around a finding (from the previous 。！？； to the next), so a report reads on its own. */
export function sentenceAround(text: string, start: number, end: number): string {
  const ends = /[。！？；!?;\n]/;
  let from = start;
  while (from > 0 && !ends.test(text[from - 1])) from -= 1;
  let to = end;
  while (to < text.length && !ends.test(text[to])) to += 1;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

/** The sheet the office folds into its lists: one reported finding a line. */
const reportSheetHeader = ['校对类别', '标出的文字', '所在句子', '提示内容', '文稿', '报告时间'];

export const reportSheetRows = (reports: readonly FalseReport[]): string[][] => [
  reportSheetHeader,
  ...reports.map((report) => [report.rule, report.excerpt, report.sentence, report.message, report.letter, report.reportedAt]),
];

/** The findings report as a sheet. */
const findingsSheetHeader = ['文稿', '校对类别', '摘录', '建议', '处理结果'];

export const findingsSheetRows = (rows: readonly ReportRow[]): string[][] => [
  findingsSheetHeader,
  ...rows.map((row) => [row.letter, row.rule, row.excerpt, row.suggestion, DECISION_LABELS[row.decision]]),
];
