import { describe, expect, it } from 'vitest';
import { carry, drafterAndReviewer, typeParagraph } from '../../testing/reviewTestKit';

describe('待我审核 between two PCs', () => {
  it('the drafter submits to 李科长, who finds it waiting, returns it; the drafter is told, fixes it, and 李科长 can compare with what he returned', async () => {
    const { drafter, reviewer } = drafterAndReviewer();
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');

    // The drafter chooses among the bureau's reviewers and signers.
    const { options, unit } = await drafter.handlers['inbox.recipients']({});
    expect(unit).toBe('综合科');
    expect(options.map((o) => [o.name, o.role])).toEqual([
      ['张局长', 'signer'],
      ['李科长', 'reviewer'],
    ]);
    const li = options.find((o) => o.name === '李科长')!;
    await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit', sentTo: [{ userId: li.userId, name: li.name }] });
    expect((await drafter.handlers['review.status']({ draftId: draft.id })).log.at(-1)).toMatchObject({
      sentTo: [{ name: '李科长' }],
      verdict: { kind: 'verified' },
    });

    await carry(drafter, reviewer, draft.id);
    const first = await reviewer.handlers['inbox.list']({});
    expect(first.waiting).toEqual([expect.objectContaining({ draftId: draft.id, sentBy: '王晶', state: 'submitted', lastSeenRevisionId: null })]);
    expect(first.notices).toEqual([]);

    reviewer.advance(60_000);
    await reviewer.handlers['review.transition']({ draftId: draft.id, action: 'return', reason: '请写全称' });
    const returnedAt = (await reviewer.handlers['review.status']({ draftId: draft.id })).log.at(-1)!;
    expect((await reviewer.handlers['inbox.list']({})).waiting).toEqual([]);

    await carry(reviewer, drafter, draft.id);
    const told = await drafter.handlers['inbox.list']({});
    expect(told.notices.map((n) => [n.action, n.actor, n.reason])).toEqual([['return', '李科长', '请写全称']]);
    await drafter.handlers['inbox.markRead']({ eventIds: told.notices.map((n) => n.eventId) });
    expect((await drafter.handlers['inbox.list']({})).notices).toEqual([]);

    await typeParagraph(drafter, draft.id, '广西柳州螺蛳粉全产业链销售收入超600亿元。');
    drafter.advance(60_000);
    await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit', sentTo: [{ userId: li.userId, name: li.name }] });
    await carry(drafter, reviewer, draft.id);
    const again = await reviewer.handlers['inbox.list']({});
    expect(again.waiting).toEqual([expect.objectContaining({ draftId: draft.id, lastSeenRevisionId: returnedAt.revisionId })]);
  });

  it("a step sent to a whole 科室 must go to the drafter's own: another 科室 is refused and nothing is logged", async () => {
    const { drafter } = drafterAndReviewer();
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
    await expect(async () => drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit', sentTo: [{ unit: '办公室' }] })).rejects.toThrow(
      '只能送本科室（综合科）的全部审核人，不能送「办公室」。请改选本科室，或选一位审核人。',
    );
    expect((await drafter.handlers['review.status']({ draftId: draft.id })).log).toEqual([]);
    await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit', sentTo: [{ unit: '综合科' }] });
    expect((await drafter.handlers['review.status']({ draftId: draft.id })).log.at(-1)).toMatchObject({ sentTo: [{ unit: '综合科' }] });
  });
});
