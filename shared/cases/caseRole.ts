/**
 * How the bureau handles a case: 主办, 协办 or 会办. Its own file because caseModel.ts and caseAnswer.ts
 * both need it and caseModel.ts imports caseAnswer.ts; caseModel.ts re-exports it.
 */
export const CASE_ROLES = ['lead', 'assist', 'joint'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];
export const CASE_ROLE_LABELS: Record<CaseRole, string> = { lead: '主办', assist: '协办', joint: '会办' };
