import { placeholderFor } from '../../../shared/fields/formatField';
import { RULES, ruleById, type Finding } from '../../../shared/proofread/index';

/** A finding as the summary needs it: where it is and the text it flags. */
export type SummaryFinding = Pick<Finding, 'rule' | 'severity' | 'message'> & { flagged: string; excerpt: string };

export interface UnfilledField {
  name: string;
  label: string;
}

export type SummaryItem<F extends SummaryFinding> = { kind: 'finding'; finding: F; title: string } | { kind: 'field'; field: UnfilledField };

export interface OutputSummary<F extends SummaryFinding> {
  /** 「标点符号 3 处，数字用法 1 处，未填写的字段 2 个」; empty when nothing stands in the way. */
  counts: string;
  items: SummaryItem<F>[];
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/**
 * What to tell the clerk before a letter leaves the program: the open errors by kind and the fields
 * still unfilled. A field's placeholder in the text (〔提案者〕) is counted once, as the field.
 */
export function buildOutputSummary<F extends SummaryFinding>(findings: readonly F[], unfilled: readonly UnfilledField[]): OutputSummary<F> {
  const placeholders = new Set(unfilled.map(placeholderFor));
  const errors = findings
    .filter((finding) => finding.severity === 'error' && !(finding.rule === 'unfilled-field' && placeholders.has(finding.flagged)))
    .map((finding, position) => ({ finding, position, order: RULE_ORDER.get(finding.rule) ?? RULES.length }))
    .sort((a, b) => a.order - b.order || a.position - b.position);
  const counts = new Map<string, number>();
  const items: SummaryItem<F>[] = errors.map(({ finding }) => {
    const title = ruleById(finding.rule)?.title ?? finding.rule;
    counts.set(title, (counts.get(title) ?? 0) + 1);
    return { kind: 'finding', finding, title };
  });
  items.push(...unfilled.map((field) => ({ kind: 'field' as const, field })));
  const parts = [...counts].map(([title, count]) => `${title} ${count} 处`);
  if (unfilled.length > 0) parts.push(`未填写的字段 ${unfilled.length} 个`);
  return { counts: parts.join('，'), items };
}
