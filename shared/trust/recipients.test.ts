import { describe, expect, it } from 'vitest';
import { makeBureau } from './bureauFixture';
import { recipientOptions } from './recipients';

const bureau = makeBureau();
const { drafter, reviewer } = bureau.people;

describe('whom a step can be sent to', () => {
  it('the key list’s reviewers and signers, not revoked and not oneself', () => {
    const keys = Object.values(bureau.people).map((person) => bureau.entry(person));
    expect(recipientOptions(keys, drafter.id).map((o) => [o.name, o.role])).toEqual([
      ['张局长', 'signer'],
      ['李科长', 'reviewer'],
    ]);
    expect(recipientOptions([bureau.entry(reviewer, { revokedAt: '2026-05-01T00:00:00.000Z' })], drafter.id)).toEqual([]);
    expect(recipientOptions(keys, reviewer.id).map((o) => o.name)).toEqual(['张局长']);
  });
});
