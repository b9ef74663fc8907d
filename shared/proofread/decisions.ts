import { z } from 'zod';
import { ruleById } from './registry';
import type { ReportRow } from './reports';

/** Findings of text the clerk still has to fill in (待填): a placeholder is never a false finding. */
const TO_FILL_RULES: readonly string[] = ['unfilled-field', 'field-left-empty'];
const TO_FILL_TITLES = new Set(TO_FILL_RULES.map((id) => ruleById(id)?.title ?? id));

/** Whether 「报告误报」 is offered for a finding of this rule (its id, or its title as a report names it). */
export const canReportFalse = (rule: string): boolean => !TO_FILL_RULES.includes(rule) && !TO_FILL_TITLES.has(rule);

const text = (max: number) => z.string().max(max);

/** What the clerk decided on one finding of a draft (已采纳, 已忽略, 报告误报), kept with the draft for the 校对报告. */
export const DecidedFindingSchema = z
  .object({
    rule: text(100),
    excerpt: text(200),
    suggestion: text(500),
    decision: z.enum(['accepted', 'ignored', 'reported']),
    decidedAt: text(40),
  })
  .strict();
export type DecidedFinding = z.infer<typeof DecidedFindingSchema>;

/** The newest this many decisions of a draft are kept: a report longer than that is read by nobody. */
export const DECISIONS_KEPT = 2_000;
export const DecidedFindingsSchema = z.array(DecidedFindingSchema).max(DECISIONS_KEPT);

/** The draft's decisions with new ones added, oldest first, the oldest dropped beyond DECISIONS_KEPT. */
export const withDecisions = (kept: readonly DecidedFinding[], added: readonly DecidedFinding[]): DecidedFinding[] =>
  [...kept, ...added].slice(-DECISIONS_KEPT);

/** The 校对报告 of one letter: what was decided, in the order it was, then every finding still open. */
export function findingsReport(
  letter: string,
  decided: readonly DecidedFinding[],
  open: readonly Omit<DecidedFinding, 'decision' | 'decidedAt'>[],
): ReportRow[] {
  return [
    ...decided.map(({ rule, excerpt, suggestion, decision }) => ({ letter, rule, excerpt, suggestion, decision })),
    ...open.map(({ rule, excerpt, suggestion }) => ({ letter, rule, excerpt, suggestion, decision: 'open' as const })),
  ];
}
