import { addMonths, daysBetween } from './calendar';
import type { CaseRole, Extension } from './caseModel';

/** A 主办 unit answers within three months of 交办; a 协办 or 会办 unit sends its opinion within one. */
export const MONTHS_TO_ANSWER: Record<CaseRole, number> = { lead: 3, assist: 1, joint: 1 };

export function defaultDueOn(assignedOn: string, role: CaseRole): string {
  return addMonths(assignedOn, MONTHS_TO_ANSWER[role]);
}

/** The deadline in force: the latest approved extension, else the assigned one. */
export function effectiveDueOn(dueOn: string | null, extensions: readonly Extension[]): string | null {
  const latest = [...extensions].sort((a, b) => a.approvedOn.localeCompare(b.approvedOn)).at(-1);
  return latest?.dueOn ?? dueOn;
}

export interface DeadlineState {
  daysLeft: number | null;
  overdue: boolean;
  /** Due within a week and not yet answered: the desk highlights it. */
  dueSoon: boolean;
}

export const DUE_SOON_DAYS = 7;

export function deadlineState(dueOn: string | null, today: string, answered: boolean): DeadlineState {
  if (dueOn === null) return { daysLeft: null, overdue: false, dueSoon: false };
  const daysLeft = daysBetween(today, dueOn);
  return { daysLeft, overdue: !answered && daysLeft < 0, dueSoon: !answered && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS };
}
