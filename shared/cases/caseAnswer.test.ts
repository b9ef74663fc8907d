import { describe, expect, it } from 'vitest';
import { caseAnswer, draftPurpose, type CaseDraftState } from './caseAnswer';

const draft = (id: string, purpose: CaseDraftState['purpose'], updatedAt: string, reviewState: CaseDraftState['reviewState'] = 'drafting'): CaseDraftState => ({
  id,
  purpose,
  reviewState,
  updatedAt,
});

describe('the draft that answers a case', () => {
  it('calls a 主办 case’s drafts replies, except those from an opinion template; a 协办/会办 case’s drafts are opinions', () => {
    expect(draftPurpose('lead', false)).toBe('reply');
    expect(draftPurpose('lead', true)).toBe('opinion');
    expect(draftPurpose('assist', false)).toBe('opinion');
    expect(draftPurpose('joint', true)).toBe('opinion');
  });

  it('is the most recently worked-on reply until the clerk chooses one, then the chosen one', () => {
    const drafts = [draft('a', 'reply', '2026-05-01'), draft('b', 'reply', '2026-05-03', 'submitted'), draft('c', 'opinion', '2026-05-09')];
    expect(caseAnswer('lead', drafts, null)).toEqual({ draft: drafts[1], chosen: false, candidates: 2 });
    expect(caseAnswer('lead', drafts, 'a')).toEqual({ draft: drafts[0], chosen: true, candidates: 2 });
  });

  it('forgets a choice that no longer stands (draft in the 回收站, or not a reply) and has none without candidates', () => {
    const drafts = [draft('a', 'reply', '2026-05-01'), draft('c', 'opinion', '2026-05-09')];
    expect(caseAnswer('lead', drafts, 'gone')?.draft.id).toBe('a');
    expect(caseAnswer('lead', drafts, 'c')).toEqual({ draft: drafts[0], chosen: false, candidates: 1 });
    expect(caseAnswer('lead', [drafts[1]], null)).toBeUndefined();
    expect(caseAnswer('assist', drafts, 'c')).toEqual({ draft: drafts[1], chosen: true, candidates: 1 });
  });
});
