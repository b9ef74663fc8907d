import { describe, expect, it } from 'vitest';
import { deriveCaseStatus, isAnswered } from './status';

describe('case status', () => {
  it('is 待办 with no draft and mirrors the latest draft between 待办 and 已答复', () => {
    expect(deriveCaseStatus('pending', [])).toBe('pending');
    expect(deriveCaseStatus('pending', [{ reviewState: 'drafting', updatedAt: '2024-05-01T00:00:00Z' }])).toBe('drafting');
    expect(
      deriveCaseStatus('pending', [
        { reviewState: 'signed', updatedAt: '2024-05-03T00:00:00Z' },
        { reviewState: 'drafting', updatedAt: '2024-05-01T00:00:00Z' },
      ]),
    ).toBe('signed');
  });

  it('keeps the statuses set on the case whatever the drafts say', () => {
    expect(deriveCaseStatus('replied', [{ reviewState: 'drafting', updatedAt: '2024-05-01T00:00:00Z' }])).toBe('replied');
    expect(deriveCaseStatus('closed', [])).toBe('closed');
    expect(isAnswered('replied') && isAnswered('closed') && !isAnswered('signed')).toBe(true);
  });
});
