import type { ReviewState } from '../model/draft';
import type { CaseStatus, StoredCaseStatus } from './caseModel';

export interface DraftState {
  reviewState: ReviewState;
  updatedAt: string;
}

/**
 * 待办, 已答复 and 已办结 are set on the case; between them the case shows its reply draft's review
 * state (the most recently worked-on draft of the case), so nothing is stored twice.
 */
export function deriveCaseStatus(stored: StoredCaseStatus, drafts: readonly DraftState[]): CaseStatus {
  if (stored !== 'pending') return stored;
  const latest = [...drafts].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  return latest?.reviewState ?? 'pending';
}

export function isAnswered(status: CaseStatus): boolean {
  return status === 'replied' || status === 'closed';
}
