import type { ReviewState } from '../model/draft';
import type { CaseStatus, StoredCaseStatus } from './caseModel';

/**
 * 待办, 已答复 and 已办结 are set on the case; between them the case shows the review state of the
 * draft that answers it (caseAnswer.ts), so nothing is stored twice.
 */
export function deriveCaseStatus(stored: StoredCaseStatus, answer: { reviewState: ReviewState } | undefined): CaseStatus {
  if (stored !== 'pending') return stored;
  return answer?.reviewState ?? 'pending';
}

export function isAnswered(status: CaseStatus): boolean {
  return status === 'replied' || status === 'closed';
}
