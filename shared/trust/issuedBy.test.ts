import { describe, expect, it } from 'vitest';
import { ReviewEventSchema, type ReviewEvent } from '../review/reviewEvent';
import { issuedBy } from './issuedBy';

let serial = 0;
function step(action: ReviewEvent['action'], actor: string, signer: string | null = null): ReviewEvent {
  serial += 1;
  return ReviewEventSchema.parse({
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    action,
    from: 'approved',
    to: 'signed',
    actor,
    actorUnit: '局领导',
    actorRole: 'signer',
    reason: null,
    signer,
    signedOn: signer ? '2026-05-26' : null,
    revisionId: '00000000-0000-4000-8000-000000000099',
    time: '2026-05-26T02:00:00.000Z',
  });
}

describe('the 签发人 of a draft', () => {
  const approve = step('approve', '李科长');
  const sign = step('sign', '张局长', '张局长');
  const paper = step('paperSign', '陈秘书', '王局长');
  const withdraw = step('withdrawSign', '张局长');
  const ids = (...events: ReviewEvent[]) => events.map((event) => event.id);
  const all = [approve, sign, paper, withdraw];

  it('is the signer of a 签发, or the leader named in a 代录签发 (not the secretary who entered it)', () => {
    expect(issuedBy(all, ids(approve, sign))).toBe('张局长');
    expect(issuedBy(all, ids(approve, paper))).toBe('王局长');
  });

  it('is nobody before a 签发, after a 撤回签发, or when the 签发 did not count', () => {
    expect(issuedBy(all, ids(approve))).toBeNull();
    expect(issuedBy(all, ids(approve, sign, withdraw))).toBeNull();
    expect(issuedBy(all, ids(approve, sign, withdraw, paper))).toBe('王局长');
    expect(issuedBy(all, [])).toBeNull();
  });
});
