import { CASE_STATUSES, type CaseKind, type CaseRole, type CaseStatus, type CaseSummary } from '../../../shared/cases/caseModel';
import { DUE_SOON_DAYS } from '../../../shared/cases/deadline';
import { isAnswered } from '../../../shared/cases/status';

export interface DeskFilter {
  kind: CaseKind | '';
  status: CaseStatus | '';
  role: CaseRole | '';
  overdueOnly: boolean;
}

export const NO_FILTER: DeskFilter = { kind: '', status: '', role: '', overdueOnly: false };

export function filterCases(cases: readonly CaseSummary[], filter: DeskFilter): CaseSummary[] {
  return cases.filter(
    (item) =>
      (filter.kind === '' || item.kind === filter.kind) &&
      (filter.status === '' || item.status === filter.status) &&
      (filter.role === '' || item.role === filter.role) &&
      (!filter.overdueOnly || item.overdue),
  );
}

/** How many cases stand in each status, in the order the statuses follow, leaving out empty ones. */
export function countByStatus(cases: readonly CaseSummary[]): [CaseStatus, number][] {
  return CASE_STATUSES.map((status) => [status, cases.filter((item) => item.status === status).length] as [CaseStatus, number]).filter(
    ([, count]) => count > 0,
  );
}

export type DeadlineTone = 'overdue' | 'soon' | 'normal' | 'done';

export function deadlineTone(item: CaseSummary): DeadlineTone {
  if (isAnswered(item.status)) return 'done';
  if (item.overdue) return 'overdue';
  if (item.daysLeft !== null && item.daysLeft <= DUE_SOON_DAYS) return 'soon';
  return 'normal';
}

export function describeDeadline(item: CaseSummary): string {
  if (item.dueOn === null || item.daysLeft === null) return '无期限';
  if (isAnswered(item.status)) return '';
  if (item.daysLeft < 0) return `超期 ${-item.daysLeft} 天`;
  if (item.daysLeft === 0) return '今天到期';
  return `剩 ${item.daysLeft} 天`;
}
