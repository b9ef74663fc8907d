import { describe, expect, it } from 'vitest';
import { deriveCaseStatus, isAnswered } from './status';

describe('case status', () => {
  it('is 待办 with no answering draft and mirrors that draft between 待办 and 已答复', () => {
    expect(deriveCaseStatus('pending', undefined)).toBe('pending');
    expect(deriveCaseStatus('pending', { reviewState: 'drafting' })).toBe('drafting');
    expect(deriveCaseStatus('pending', { reviewState: 'signed' })).toBe('signed');
  });

  it('keeps the statuses set on the case whatever the drafts say', () => {
    expect(deriveCaseStatus('replied', { reviewState: 'drafting' })).toBe('replied');
    expect(deriveCaseStatus('closed', undefined)).toBe('closed');
    expect(isAnswered('replied') && isAnswered('closed') && !isAnswered('signed')).toBe(true);
  });
});
