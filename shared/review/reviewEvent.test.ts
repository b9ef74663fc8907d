import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../model/canonicalJson';
import { sm2Port } from '../signing/sm2';
import { makeBureau, signWith, submitApproveSign } from '../trust/bureauFixture';
import { eventBytes, ReviewEventSchema, signatureHolds } from './reviewEvent';

const bureau = makeBureau();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('a submit event names whom it was sent to, and older events still verify', () => {
  it('an event without recipients signs exactly the fields it always did', () => {
    const [submit] = submitApproveSign(bureau);
    const before: Partial<typeof submit> = { ...submit };
    delete before.signature;
    expect(text(eventBytes(submit))).toBe(`dafu/review-event/v1\n${canonicalJson(before)}`);
    // An event as an older version wrote it, read back through today's schema, still verifies.
    const reread = ReviewEventSchema.parse(JSON.parse(JSON.stringify(submit)));
    expect(reread.sentTo).toBeUndefined();
    expect(signatureHolds(sm2Port, reread)).toBe(true);
  });

  it('the chosen reviewers are signed with the step: changing or dropping them breaks the signature', () => {
    const [submit] = submitApproveSign(bureau);
    const sent = signWith(bureau.people.drafter.keys, { ...submit, sentTo: [{ userId: bureau.people.reviewer.id, name: '李科长' }] });
    expect(signatureHolds(sm2Port, ReviewEventSchema.parse(JSON.parse(JSON.stringify(sent))))).toBe(true);
    expect(signatureHolds(sm2Port, { ...sent, sentTo: [{ userId: bureau.people.signer.id, name: '张局长' }] })).toBe(false);
    const withoutRecipients = { ...sent };
    delete withoutRecipients.sentTo;
    expect(signatureHolds(sm2Port, withoutRecipients)).toBe(false);
  });
});
