import type { ReviewState } from '../model/draft';
import type { CaseRole } from './caseRole';

export const DRAFT_PURPOSES = ['reply', 'opinion'] as const;
export type DraftPurpose = (typeof DRAFT_PURPOSES)[number];
export const DRAFT_PURPOSE_LABELS: Record<DraftPurpose, string> = { reply: '答复函', opinion: '协办意见' };
/** What the draft that answers the case is called once the clerk has chosen it. */
export const OFFICIAL_LABELS: Record<DraftPurpose, string> = { reply: '正式答复', opinion: '正式意见' };

/**
 * As 主办 the bureau writes the reply to the proposer (答复函); as 协办/会办 it sends its opinion to
 * the 主办 unit. A draft made from an opinion template is an opinion in any case (a 协办 unit's
 * opinion kept with a 主办 case).
 */
export function draftPurpose(role: CaseRole, fromOpinionTemplate: boolean): DraftPurpose {
  return role === 'lead' && !fromOpinionTemplate ? 'reply' : 'opinion';
}

/** What the bureau's own answer to the case is: the reply when it is 主办, else its opinion. */
export function answerPurpose(role: CaseRole): DraftPurpose {
  return role === 'lead' ? 'reply' : 'opinion';
}

export interface CaseDraftState {
  id: string;
  purpose: DraftPurpose;
  reviewState: ReviewState;
  updatedAt: string;
}

export interface CaseAnswer<T> {
  draft: T;
  /** The clerk chose it (stored on the case); otherwise it is the most recently worked-on candidate. */
  chosen: boolean;
  /** How many live drafts could be the answer. */
  candidates: number;
}

/**
 * The draft that answers the case (domain model: the case's 主办 reply draft, whose review state
 * the case status mirrors): the one the clerk chose while it is live and still a candidate, else
 * the most recently worked-on candidate; none while the case has no candidate draft.
 */
export function caseAnswer<T extends CaseDraftState>(role: CaseRole, drafts: readonly T[], chosenId: string | null): CaseAnswer<T> | undefined {
  const purpose = answerPurpose(role);
  const candidates = drafts.filter((draft) => draft.purpose === purpose);
  const chosen = candidates.find((draft) => draft.id === chosenId);
  if (chosen) return { draft: chosen, chosen: true, candidates: candidates.length };
  const latest = [...candidates].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  return latest && { draft: latest, chosen: false, candidates: candidates.length };
}
