import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Payload } from '../../../shared/review/packageFormat';
import { eventHash, type ReviewEvent } from '../../../shared/review/reviewEvent';
import { verdictLabel } from '../../../shared/review/verdicts';
import { sm2Port } from '../../../shared/signing/sm2';
import { carry, drafterAndReviewer, rezip, sha, typeParagraph, withParagraph, type ReviewPc } from '../../testing/reviewTestKit';
import { snapshotHash } from '../revisions/graph/revisionStore';

/** Opens a package, changes its payload as someone with a text editor would, and puts the payload's hash right again. */
const forge = (data: string, change: (payload: Payload) => void) =>
  rezip(data, (manifest, text) => {
    const payload = JSON.parse(text) as Payload;
    change(payload);
    const forged = JSON.stringify(payload);
    return [{ ...manifest, payloadHash: sha(forged) }, forged];
  });

async function approvedOnTheReviewersPc() {
  const { drafter, reviewer, bureau } = drafterAndReviewer();
  const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
  await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
  await carry(drafter, reviewer, draft.id);
  await reviewer.handlers['review.transition']({ draftId: draft.id, action: 'approve' });
  const { data } = await reviewer.handlers['package.export']({ draftId: draft.id });
  return { drafter, reviewer, bureau, draftId: draft.id, data };
}

/** A 签发 added by hand after the last event, claiming the bureau head, signed or not. */
function handMadeSign(payload: Payload, signature: ReviewEvent['signature']): ReviewEvent {
  const last = payload.reviewLog.at(-1)!;
  return {
    ...last,
    id: randomUUID(),
    action: 'sign',
    from: 'approved',
    to: 'signed',
    actor: '张局长',
    actorUnit: '局领导',
    actorRole: 'signer',
    signer: '张局长',
    signedOn: '2026-05-26',
    prev: eventHash(sm2Port, last),
    signature,
  };
}

const state = async (pc: ReviewPc, draftId: string) => (await pc.handlers['review.status']({ draftId })).state;

describe('a package edited by hand to claim 已签发', () => {
  it('imports everything it brings, but the 签发 does not verify and the draft stays 审核通过', async () => {
    const { drafter, draftId, data } = await approvedOnTheReviewersPc();
    const forged = await forge(data, (payload) => {
      payload.draft.reviewState = 'signed';
      payload.reviewLog.push(handMadeSign(payload, null));
    });
    const report = await drafter.handlers['package.import']({ data: forged });
    expect(report.state).toBe('approved');
    expect(report.eventsAdded).toBe(2);
    expect(report.notCounted.map((item) => [item.action, item.actor, verdictLabel(item.verdict)])).toEqual([
      ['sign', '张局长', expect.stringMatching(/^未验证（没有签名/)],
    ]);
    expect(await state(drafter, draftId)).toBe('approved');
    const log = (await drafter.handlers['review.status']({ draftId })).log;
    expect(log.map((event) => event.verdict.kind)).toEqual(['verified', 'verified', 'unsigned']);
  });

  it('does not count a 签发 signed with a key of its own, or with a real signature lifted from another event', async () => {
    const { drafter, reviewer, draftId, data } = await approvedOnTheReviewersPc();
    const forger = sm2Port.generate();
    const forged = await forge(data, (payload) => {
      const sign = handMadeSign(payload, null);
      payload.reviewLog.push({ ...sign, signature: { alg: 'SM2-SM3', key: forger.publicKey, value: payload.reviewLog[1].signature!.value } });
      payload.draft.reviewState = 'signed';
    });
    const report = await drafter.handlers['package.import']({ data: forged });
    expect(report.state).toBe('approved');
    expect(verdictLabel(report.notCounted[0].verdict)).toBe('未验证（签名不符：记录在签名后被改动过）');
    const lifted = await forge(data, (payload) => {
      payload.reviewLog.push(handMadeSign(payload, payload.reviewLog[1].signature));
    });
    expect((await reviewer.handlers['package.import']({ data: lifted })).notCounted).toHaveLength(1);
    expect(await state(reviewer, draftId)).toBe('approved');
  });
});

describe("a crafted package with an existing draft's id, a child revision and an invented review log", () => {
  it('never replaces the text here: the unsigned revision waits to be merged, and the report says why', async () => {
    const { drafter, reviewer, draftId } = await approvedOnTheReviewersPc();
    await carry(reviewer, drafter, draftId);
    const before = await drafter.handlers['drafts.get']({ draftId });
    const { data } = await drafter.handlers['package.export']({ draftId });
    const forged = await forge(data, (payload) => {
      const head = payload.revisions.find((revision) => revision.id === payload.draft.headRevisionId)!;
      const content = withParagraph(head.content, '此项工作已全部完成，不再安排资金。');
      const child = { ...head, id: randomUUID(), parents: [head.id], kind: 'auto' as const, content, hash: snapshotHash({ content, fields: head.fields }) };
      payload.revisions.push(child);
      payload.draft.headRevisionId = child.id;
      payload.draft.reviewState = 'signed';
      payload.reviewLog.push(handMadeSign(payload, null));
    });
    const report = await drafter.handlers['package.import']({ data: forged });
    expect(report).toMatchObject({ current: 'local', state: 'approved', heldBack: '这个版本没有签名' });
    const after = await drafter.handlers['drafts.get']({ draftId });
    expect(after.content).toEqual(before.content);
    expect((await drafter.handlers['review.status']({ draftId })).pendingMerges).toHaveLength(1);
  });

  it('a revision signed by a key the key list does not hold waits too', async () => {
    const { drafter, reviewer, draftId } = await approvedOnTheReviewersPc();
    await carry(reviewer, drafter, draftId);
    const { data } = await drafter.handlers['package.export']({ draftId });
    const forged = await forge(data, (payload) => {
      const head = payload.revisions.find((revision) => revision.id === payload.draft.headRevisionId)!;
      const content = withParagraph(head.content, '另加的一句。');
      const child = { ...head, id: randomUUID(), parents: [head.id], content, hash: snapshotHash({ content, fields: head.fields }) };
      payload.revisions.push(child);
      payload.draft.headRevisionId = child.id;
      const lifted = payload.revisionSignatures!.at(-1)!;
      payload.revisionSignatures!.push({ ...lifted, revisionId: child.id, hash: child.hash, parents: child.parents });
    });
    const report = await drafter.handlers['package.import']({ data: forged });
    expect(report).toMatchObject({ current: 'local', heldBack: '版本的签名不符：内容在签名后被改动过' });
  });
});
