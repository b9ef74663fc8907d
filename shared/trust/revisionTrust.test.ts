import { describe, expect, it } from 'vitest';
import { revisionSignatureBytes, type RevisionSignature, type RevisionSignatureBody } from '../review/revisionSignature';
import { sm2Port } from '../signing/sm2';
import { DRAFT_ID, makeBureau, trustIn, type Person } from './bureauFixture';
import { checkRevision } from './revisionTrust';

const bureau = makeBureau();
const { reviewer, signer } = bureau.people;
const revision = { id: '00000000-0000-4000-8000-0000000000b2', draftId: DRAFT_ID, hash: 'b2'.repeat(32), parents: ['00000000-0000-4000-8000-0000000000a1'] };

function signedBy(who: Person, changes: Partial<RevisionSignatureBody> = {}): RevisionSignature {
  const body: RevisionSignatureBody = {
    v: 1,
    revisionId: revision.id,
    draftId: DRAFT_ID,
    hash: revision.hash,
    parents: revision.parents,
    signerId: who.id,
    signer: who.name,
    time: '2026-05-11T02:00:00.000Z',
    ...changes,
  };
  return {
    ...body,
    signature: { alg: 'SM2-SM3', key: who.keys.publicKey, value: sm2Port.sign(who.keys.privateKey, who.keys.publicKey, revisionSignatureBytes(body)) },
  };
}

describe("a revision from another PC that would move this PC's current line forward", () => {
  const listed = trustIn(bureau.list());

  it('may, when signed by a key the bureau list certifies', () => {
    expect(checkRevision(revision, signedBy(reviewer), listed, sm2Port)).toEqual({ ok: true, by: '李科长', local: false });
  });

  it('may not when unsigned, signed over other text, or signed by a key the list does not hold or has revoked', () => {
    expect(checkRevision(revision, undefined, listed, sm2Port)).toEqual({ ok: false, reason: '这个版本没有签名' });
    expect(checkRevision({ ...revision, hash: 'c3'.repeat(32) }, signedBy(reviewer), listed, sm2Port)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/签名不符/),
    });
    expect(checkRevision(revision, { ...signedBy(reviewer), parents: [] }, listed, sm2Port)).toMatchObject({ ok: false });
    expect(checkRevision(revision, signedBy(reviewer), trustIn(null), sm2Port)).toMatchObject({ ok: false, reason: expect.stringMatching(/没有单位密钥清单/) });
    const revoked = trustIn(bureau.list([bureau.entry(reviewer, { revokedAt: '2026-05-10T00:00:00.000Z' })]));
    expect(checkRevision(revision, signedBy(reviewer), revoked, sm2Port)).toMatchObject({ ok: false, reason: expect.stringMatching(/吊销/) });
    expect(checkRevision(revision, signedBy({ ...signer, keys: reviewer.keys }), listed, sm2Port)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/属于李科长/),
    });
  });
});
