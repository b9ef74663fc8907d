import { describe, expect, it } from 'vitest';
import { packageGraphIsWhole, type PackageLinks } from './packageGraph';

const anchor = { block: 1, start: 0, end: 5, quote: '柳州螺蛳粉' };

/** r1 ← r2 ← r3, a thread on r3 with one reply, one review event. */
const sound = (): PackageLinks => ({
  draft: { headRevisionId: 'r3' },
  revisions: [
    { id: 'r1', parents: [] },
    { id: 'r2', parents: ['r1'] },
    { id: 'r3', parents: ['r2'] },
  ],
  comments: [
    { id: 'c2', threadId: 'c1', anchor: null },
    { id: 'c1', threadId: null, anchor },
  ],
  reviewLog: [{ id: 'e1' }],
});

describe('whether the records of a package fit together', () => {
  it('accepts a history with a thread and a reply listed before it', () => {
    expect(packageGraphIsWhole(sound())).toBe(true);
  });

  it('refuses a head or a parent the package does not carry', () => {
    expect(packageGraphIsWhole({ ...sound(), draft: { headRevisionId: 'r9' } })).toBe(false);
    expect(packageGraphIsWhole({ ...sound(), revisions: [{ id: 'r1', parents: ['r0'] }, ...sound().revisions.slice(1)] })).toBe(false);
  });

  it('refuses a revision that is its own ancestor, and one naming a parent twice', () => {
    expect(packageGraphIsWhole({ ...sound(), revisions: [{ id: 'r1', parents: ['r3'] }, ...sound().revisions.slice(1)] })).toBe(false);
    expect(packageGraphIsWhole({ ...sound(), revisions: [...sound().revisions.slice(0, 2), { id: 'r3', parents: ['r2', 'r2'] }] })).toBe(false);
  });

  it('refuses an id listed twice among revisions, comments or review events', () => {
    const twice = sound();
    expect(packageGraphIsWhole({ ...twice, revisions: [...twice.revisions, twice.revisions[0]] })).toBe(false);
    expect(packageGraphIsWhole({ ...twice, comments: [...twice.comments, twice.comments[1]] })).toBe(false);
    expect(packageGraphIsWhole({ ...twice, reviewLog: [{ id: 'e1' }, { id: 'e1' }] })).toBe(false);
  });

  it('refuses a reply to a reply, a reply in a thread it does not carry, a thread with no anchor and a reply with one', () => {
    const [reply, thread] = sound().comments;
    expect(packageGraphIsWhole({ ...sound(), comments: [thread, reply, { id: 'c3', threadId: 'c2', anchor: null }] })).toBe(false);
    expect(packageGraphIsWhole({ ...sound(), comments: [reply] })).toBe(false);
    expect(packageGraphIsWhole({ ...sound(), comments: [reply, { ...thread, anchor: null }] })).toBe(false);
    expect(packageGraphIsWhole({ ...sound(), comments: [{ ...reply, anchor }, thread] })).toBe(false);
  });

  it('checks 60,000 replies listed before their thread in one pass', () => {
    const replies = Array.from({ length: 60_000 }, (_, n) => ({ id: `c${n + 2}`, threadId: 'c1', anchor: null }));
    const started = Date.now();
    expect(packageGraphIsWhole({ ...sound(), comments: [...replies, sound().comments[1]] })).toBe(true);
    // The old check looked for each reply's thread among all comments: tens of seconds for this many.
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
