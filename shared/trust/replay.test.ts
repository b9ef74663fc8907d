import { describe, expect, it } from 'vitest';
import { sm2Port } from '../signing/sm2';
import { verdictLabel } from '../review/verdicts';
import type { ReviewEvent } from '../review/reviewEvent';
import { chain, factsFor, hashOf, HERE, makeBureau, OTHER_DRAFT_ID, signWith, step, submitApproveSign, trustIn } from './bureauFixture';
import { replayLog } from './replay';
import type { DraftFacts, TrustView } from './trustView';

const bureau = makeBureau();
const { drafter, reviewer, signer, secretary } = bureau.people;
const listed = trustIn(bureau.list());

function replay(events: ReviewEvent[], trust: TrustView = listed, facts: DraftFacts = factsFor(events)) {
  const result = replayLog(events, facts, trust, sm2Port);
  return { state: result.state, tip: result.tip, labels: events.map((event) => verdictLabel(result.verdicts.get(event.id)!)) };
}

describe('审核记录 on a PC with the bureau key list', () => {
  it('verifies each signed step and names who took it, in which 科室 and role', () => {
    const events = submitApproveSign(bureau);
    expect(replay(events)).toEqual({
      state: 'signed',
      tip: hashOf(events[2]),
      labels: ['已验证（王晶，综合科，起草）', '已验证（李科长，综合科，审核）', '已验证（张局长，局领导，签发）'],
    });
  });

  it('does not count a 签发 whose signature was forged, and the draft stays 审核通过', () => {
    const [submit, approve, sign] = submitApproveSign(bureau);
    const flipped = sign.signature!.value.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    const forged = { ...sign, signature: { ...sign.signature!, value: flipped } };
    const result = replay([submit, approve, forged]);
    expect(result.state).toBe('approved');
    expect(result.labels[2]).toBe('未验证（签名不符：记录在签名后被改动过）');
    const borrowed = { ...sign, signature: approve.signature };
    expect(replay([submit, approve, borrowed]).labels[2]).toBe('未验证（签名不符：记录在签名后被改动过）');
  });

  it('does not count a step signed by a key the list does not hold, or on a PC without a list', () => {
    const stranger = { ...signer, keys: sm2Port.generate() };
    const [submit, approve] = submitApproveSign(bureau);
    const sign = step(hashOf(approve), { by: stranger, action: 'sign', from: 'approved', time: '2026-05-12T02:00:00.000Z' });
    expect(replay([submit, approve, sign]).labels[2]).toBe('未验证（签名所用的密钥不在单位密钥清单中）');
    expect(replay([submit, approve, sign]).state).toBe('approved');
    expect(replay([submit], trustIn(null)).labels[0]).toBe('未验证（本机还没有单位密钥清单，无法核实签名人）');
  });

  it("does not let a drafter's own certified key make a 签发 count, whatever role the event claims", () => {
    const [submit, approve] = submitApproveSign(bureau);
    const asDrafter = step(hashOf(approve), { by: drafter, action: 'sign', from: 'approved', time: '2026-05-12T02:00:00.000Z' });
    const claimingSigner = step(hashOf(approve), { by: { ...drafter, role: 'signer' }, action: 'sign', from: 'approved', time: '2026-05-12T03:00:00.000Z' });
    const result = replay([submit, approve, asDrafter, claimingSigner]);
    expect(result.state).toBe('approved');
    expect(result.labels.slice(2)).toEqual(['未验证（角色不符：王晶是起草人，不能签发）', '未验证（角色不符：王晶是起草人，不能签发）']);
  });

  it('does not count a signed step whose signer name in the key was claimed by another user', () => {
    const [submit, approve] = submitApproveSign(bureau);
    const posing = step(hashOf(approve), { by: { ...signer, keys: reviewer.keys }, action: 'sign', from: 'approved', time: '2026-05-12T02:00:00.000Z' });
    expect(replay([submit, approve, posing]).labels[2]).toBe('未验证（签名所用的密钥属于李科长，不是记录所写的张局长）');
  });

  it('counts a 代录签发 by a secretary with the permission, naming the leader who signed on paper', () => {
    const [submit, approve] = submitApproveSign(bureau);
    const paper = step(hashOf(approve), {
      by: secretary,
      action: 'paperSign',
      from: 'approved',
      time: '2026-05-12T02:00:00.000Z',
      signer: '张局长',
      signedOn: '2026-05-11',
    });
    expect(replay([submit, approve, paper])).toMatchObject({
      state: 'signed',
      labels: [expect.any(String), expect.any(String), '已验证（陈秘书，办公室，起草）'],
    });
    const byReviewer = step(hashOf(approve), { by: reviewer, action: 'paperSign', from: 'approved', time: '2026-05-12T02:00:00.000Z', signer: '张局长' });
    expect(replay([submit, approve, byReviewer]).labels[2]).toBe('未验证（角色不符：李科长没有代录签发权限）');
  });

  it('does not count any field changed under the signature: the reason of a return, or the leader of a 代录签发', () => {
    const [submit, returned] = chain([
      { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
      { by: reviewer, action: 'return', from: 'submitted', time: '2026-05-11T02:00:00.000Z', reason: '第二段数字请核对' },
    ]);
    expect(replay([submit, { ...returned, reason: '同意' }])).toMatchObject({
      state: 'submitted',
      labels: [expect.any(String), '未验证（签名不符：记录在签名后被改动过）'],
    });
    const [s, approve] = submitApproveSign(bureau);
    const paper = step(hashOf(approve), {
      by: secretary,
      action: 'paperSign',
      from: 'approved',
      time: '2026-05-12T02:00:00.000Z',
      signer: '张局长',
      signedOn: '2026-05-11',
    });
    expect(replay([s, approve, { ...paper, signer: '刘副局长' }]).labels[2]).toBe('未验证（签名不符：记录在签名后被改动过）');
    expect(replay([s, approve, { ...paper, signedOn: '2026-05-01' }]).state).toBe('approved');
  });

  it('counts an event listed twice once, and refuses a signed event copied under a new id, into another draft, or after a later step', () => {
    const events = submitApproveSign(bureau);
    expect(replay([...events, events[1], events[0]]).state).toBe('signed');
    const [submit, approve] = events;
    expect(replay([submit, { ...approve, id: '00000000-0000-4000-8000-00000000ffff' }]).labels[1]).toBe('未验证（签名不符：记录在签名后被改动过）');
    expect(replay([{ ...submit }], listed, { ...factsFor([submit]), draftId: OTHER_DRAFT_ID }).labels[0]).toBe('未验证（这条记录属于另一份草稿）');
    // Submitted, returned, submitted again: the first approval cannot be moved after the second submission.
    const [s1, returned, s2] = chain([
      { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
      { by: reviewer, action: 'return', from: 'submitted', time: '2026-05-11T02:00:00.000Z' },
      { by: drafter, action: 'submit', from: 'returned', time: '2026-05-12T02:00:00.000Z' },
    ]);
    const moved = { ...step(hashOf(s1), { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-10T12:00:00.000Z' }), prev: hashOf(s2) };
    expect(replay([s1, returned, s2, moved])).toMatchObject({
      state: 'submitted',
      labels: [expect.any(String), expect.any(String), expect.any(String), '未验证（签名不符：记录在签名后被改动过）'],
    });
  });

  it('replays in chain order whatever order the events arrive in, and refuses an event relinked to reorder them', () => {
    const events = submitApproveSign(bureau);
    expect(replay([events[2], events[0], events[1]]).state).toBe('signed');
    const relinked = { ...events[1], prev: null, from: 'drafting' as const };
    expect(replay([relinked, events[0]]).labels[0]).toBe('未验证（记录的前后状态不合审核流程）');
    const resigned = { ...events[2], prev: hashOf(events[0]) };
    expect(replay([events[0], events[1], resigned])).toMatchObject({
      state: 'approved',
      labels: [expect.any(String), expect.any(String), '未验证（签名不符：记录在签名后被改动过）'],
    });
  });

  it('does not count a step that follows an event which did not count', () => {
    const [submit] = submitApproveSign(bureau);
    const [approveByDrafter] = [step(hashOf(submit), { by: drafter, action: 'approve', from: 'submitted', time: '2026-05-11T02:00:00.000Z' })];
    const sign = step(hashOf(approveByDrafter), { by: signer, action: 'sign', from: 'approved', time: '2026-05-12T02:00:00.000Z' });
    expect(replay([submit, approveByDrafter, sign]).labels).toEqual([
      '已验证（王晶，综合科，起草）',
      '未验证（角色不符：王晶是起草人，不能审核通过）',
      '未验证（它前面有一条记录未计入）',
    ]);
    const [, approve, signAfterApprove] = submitApproveSign(bureau);
    expect(replay([submit, { ...approve, actor: '王晶' }, signAfterApprove]).labels[2]).toBe('未验证（本机没有它前面的记录，接不上）');
  });

  it('does not count a step that names a revision whose text differs from what was signed', () => {
    const events = submitApproveSign(bureau);
    const facts = factsFor(events, { revisionHashes: new Map([[events[0].revisionId, 'b2'.repeat(32)]]) });
    expect(replay(events, listed, facts).labels[0]).toBe('未验证（它所指版本的内容与签名时不同）');
  });
});

describe('revoked keys', () => {
  const revokedAt = '2026-05-11T12:00:00.000Z';
  const revokedList = trustIn(bureau.list(Object.values(bureau.people).map((who) => bureau.entry(who, who === signer ? { revokedAt } : {}))));

  it('counts a step signed and received before the revocation', () => {
    expect(
      replay(
        submitApproveSign(bureau).map((event) => ({ ...event })),
        revokedList,
      ).state,
    ).toBe('approved');
    const early = chain([
      { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
      { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-10T03:00:00.000Z' },
      { by: signer, action: 'sign', from: 'approved', time: '2026-05-10T04:00:00.000Z' },
    ]);
    expect(replay(early, revokedList)).toMatchObject({ state: 'signed', labels: [expect.any(String), expect.any(String), '已验证（张局长，局领导，签发）'] });
  });

  it('does not count a step signed after the revocation', () => {
    expect(replay(submitApproveSign(bureau), revokedList).labels[2]).toBe('未验证（张局长的密钥已于 2026-05-11 吊销）');
  });

  it('shows a step claimed before the revocation but first seen after it as 撤销后收到，需核实, and does not count it', () => {
    const early = chain([
      { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
      { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-10T03:00:00.000Z' },
      { by: signer, action: 'sign', from: 'approved', time: '2026-05-10T04:00:00.000Z' },
    ]);
    const facts = factsFor(early, { firstSeen: new Map(early.map((event, index) => [event.id, index === 2 ? '2026-05-13T00:00:00.000Z' : event.time])) });
    expect(replay(early, revokedList, facts)).toMatchObject({ state: 'approved', labels: [expect.any(String), expect.any(String), '撤销后收到，需核实'] });
  });
});

describe('forks: two steps taken on the same previous event', () => {
  it('counts the earlier one everywhere and shows the other, and what follows it, as 冲突', () => {
    const [submit] = submitApproveSign(bureau);
    const approve = step(hashOf(submit), { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-11T02:00:00.000Z' });
    const otherReviewer = { ...signer };
    const returned = step(hashOf(submit), { by: otherReviewer, action: 'return', from: 'submitted', time: '2026-05-11T03:00:00.000Z' });
    const resubmit = step(hashOf(returned), { by: drafter, action: 'submit', from: 'returned', time: '2026-05-12T02:00:00.000Z' });
    for (const order of [
      [submit, approve, returned, resubmit],
      [resubmit, returned, submit, approve],
    ]) {
      const result = replayLog(order, factsFor(order), listed, sm2Port);
      expect(result.state).toBe('approved');
      expect(verdictLabel(result.verdicts.get(returned.id)!)).toMatch(/^冲突/);
      expect(verdictLabel(result.verdicts.get(resubmit.id)!)).toMatch(/^冲突/);
      expect(result.verdicts.get(approve.id)!.kind).toBe('verified');
    }
  });

  it('breaks a tie in time by the smaller event id', () => {
    const [submit] = submitApproveSign(bureau);
    const time = '2026-05-11T02:00:00.000Z';
    const a = step(hashOf(submit), { by: reviewer, action: 'approve', from: 'submitted', time }, '00000000-0000-4000-8000-00000000000a');
    const b = step(hashOf(submit), { by: reviewer, action: 'return', from: 'submitted', time }, '00000000-0000-4000-8000-00000000000b');
    expect(replay([submit, b, a]).state).toBe('approved');
  });
});

describe('without a key list, and events from before signing', () => {
  it("counts the PC's own keys as 本机签名（未经单位认证）, and another PC shows them as 未验证", () => {
    const events = submitApproveSign(bureau);
    const localKeys = new Map(Object.values(bureau.people).map((who) => [who.keys.publicKey, { userId: who.id, permissions: who.permissions }]));
    expect(replay(events, trustIn(null, { localKeys }))).toMatchObject({ state: 'signed', labels: Array(3).fill('本机签名（未经单位认证）') });
    expect(replay(events, trustIn(null)).state).toBe('drafting');
  });

  it('counts an unsigned event logged on this PC before signing, and shows one from elsewhere without effect', () => {
    const [submit] = submitApproveSign(bureau);
    const legacy: ReviewEvent = { ...submit, signature: null, deviceId: HERE };
    expect(replay([legacy], listed, factsFor([legacy], { madeHere: new Set([legacy.id]) }))).toMatchObject({
      state: 'submitted',
      labels: ['未签名（旧版本）'],
    });
    expect(replay([legacy], listed)).toMatchObject({ state: 'drafting', labels: ['未验证（没有签名：旧版本在其他电脑上的记录，或被人手工添加）'] });
    expect(replay([{ ...legacy, deviceId: 'pc-elsewhere' }], listed, factsFor([legacy], { madeHere: new Set([legacy.id]) })).state).toBe('drafting');
  });

  it('continues a chain of unsigned events with signed ones', () => {
    const legacy: ReviewEvent = { ...submitApproveSign(bureau)[0], signature: null, deviceId: HERE };
    const approve = step(hashOf(legacy), { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-11T02:00:00.000Z' });
    expect(replay([legacy, approve], listed, factsFor([legacy, approve], { madeHere: new Set([legacy.id]) })).state).toBe('approved');
  });

  it('re-signing with another key does not help a forger', () => {
    const [submit, approve] = submitApproveSign(bureau);
    const signed = signWith(drafter.keys, step(hashOf(approve), { by: signer, action: 'sign', from: 'approved', time: '2026-05-12T02:00:00.000Z' }));
    expect(replay([submit, approve, signed]).labels[2]).toBe('未验证（签名所用的密钥属于王晶，不是记录所写的张局长）');
  });
});
