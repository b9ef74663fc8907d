import { describe, expect, it } from 'vitest';
import { chain, makeBureau } from '../trust/bureauFixture';
import { byOldestFirst, noticesFor, waitingFor, type DraftForInbox, type Me } from './inbox';
import type { ReviewEvent } from './reviewEvent';

const bureau = makeBureau();
const { drafter, reviewer, signer } = bureau.people;
const me = (who: typeof drafter): Me => ({ userId: who.id, role: who.role, unit: who.unit });
const otherReviewer: Me = { userId: '55555555-5555-4555-8555-555555555555', role: 'reviewer', unit: '综合科' };
const draft = (counted: ReviewEvent[], dueOn: string | null = '2026-06-30'): DraftForInbox => ({
  draftId: counted[0].draftId,
  title: '关于加快发展夜间经济的答复',
  dueOn,
  counted,
});
const to = (event: ReviewEvent, ...people: (typeof drafter | Me)[]) => ({
  ...event,
  sentTo: people.map((p) => ({ userId: 'id' in p ? p.id : p.userId, name: 'name' in p ? p.name : '另一位科长' })),
});

describe('待我审核', () => {
  it('a draft submitted to 李科长 waits for him, with the case deadline, and not for the other reviewer', () => {
    const [submit] = chain([{ by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' }]);
    const submitted = draft([to(submit, reviewer)]);
    expect(waitingFor(me(reviewer), submitted)).toMatchObject({
      sentBy: '王晶',
      since: submit.time,
      dueOn: '2026-06-30',
      state: 'submitted',
      lastSeenRevisionId: null,
    });
    expect(waitingFor(otherReviewer, submitted)).toBeNull();
    expect(waitingFor(me(signer), submitted)).toBeNull();
    expect(waitingFor(me(drafter), submitted)).toBeNull();
  });

  it('sent to no one in particular, it waits for every reviewer of the drafter’s 科室', () => {
    const [submit] = chain([{ by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' }]);
    expect(waitingFor(otherReviewer, draft([submit]))).not.toBeNull();
    expect(waitingFor({ ...otherReviewer, unit: '外贸科' }, draft([submit]))).toBeNull();
  });

  it('sent to 本科室全部审核人, it waits for whoever reviews in that 科室 when the inbox is read, a reviewer who joined later included', () => {
    const [submit] = chain([{ by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' }]);
    const toTheUnit = draft([{ ...submit, sentTo: [{ unit: '综合科' }] }]);
    const joinedLater: Me = { userId: '66666666-6666-4666-8666-666666666666', role: 'reviewer', unit: '综合科' };
    expect(waitingFor(me(reviewer), toTheUnit)).not.toBeNull();
    expect(waitingFor(joinedLater, toTheUnit)).toMatchObject({ sentBy: '王晶', state: 'submitted' });
    expect(waitingFor({ ...joinedLater, unit: '外贸科' }, toTheUnit)).toBeNull();
    expect(waitingFor({ ...joinedLater, role: 'drafter' }, toTheUnit)).toBeNull();
  });

  it('resubmitted after a return, it offers the version the reviewer returned to compare with; approved, it waits for the signer it was sent to', () => {
    const events = chain([
      { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
      { by: reviewer, action: 'return', from: 'submitted', time: '2026-05-10T03:00:00.000Z' },
      { by: drafter, action: 'submit', from: 'returned', time: '2026-05-10T04:00:00.000Z' },
      { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-10T05:00:00.000Z' },
    ]);
    expect(waitingFor(me(reviewer), draft(events.slice(0, 3)))?.lastSeenRevisionId).toBe(events[1].revisionId);
    expect(waitingFor(me(reviewer), draft(events))).toBeNull();
    expect(waitingFor(me(signer), draft([...events.slice(0, 3), to(events[3], signer)]))).toMatchObject({ sentBy: '李科长', state: 'approved' });
    expect(waitingFor(me(signer), draft([...events.slice(0, 3), to(events[3], otherReviewer)]))).toBeNull();
  });

  it('lists the oldest first', () => {
    const items = ['2026-05-12T00:00:00.000Z', '2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z'].map((time) =>
      waitingFor(me(reviewer), draft(chain([{ by: drafter, action: 'submit', from: 'drafting', time }])))!,
    );
    expect(items.sort(byOldestFirst).map((item) => item.since)).toEqual(['2026-05-10T00:00:00.000Z', '2026-05-11T00:00:00.000Z', '2026-05-12T00:00:00.000Z']);
  });
});

describe('the drafter is told', () => {
  it('of the return and the approval of their submitted draft, until read', () => {
    const events = chain([
      { by: drafter, action: 'submit', from: 'drafting', time: '2026-05-10T02:00:00.000Z' },
      { by: reviewer, action: 'return', from: 'submitted', time: '2026-05-10T03:00:00.000Z' },
      { by: drafter, action: 'submit', from: 'returned', time: '2026-05-10T04:00:00.000Z' },
      { by: reviewer, action: 'approve', from: 'submitted', time: '2026-05-10T05:00:00.000Z' },
    ]);
    const notices = noticesFor(me(drafter), draft(events), new Set());
    expect(notices.map((n) => [n.action, n.actor, n.reason])).toEqual([
      ['return', '李科长', '请按批注修改'],
      ['approve', '李科长', null],
    ]);
    expect(noticesFor(me(drafter), draft(events), new Set([events[1].id])).map((n) => n.action)).toEqual(['approve']);
    expect(noticesFor(me(reviewer), draft(events), new Set())).toEqual([]);
  });
});
