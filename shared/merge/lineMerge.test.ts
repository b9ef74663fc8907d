import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../model/draft';
import { chooseLine, draftRefusal, DRAFT_IN_RECYCLE_BIN, keepLocalLine, type LineSides } from './lineMerge';

/*
 * The drafter wrote r1 and r2 and sent the package. The reviewer added r3 on top of r2 and sends
 * it back; meanwhile the drafter may have gone on to r4, also on top of r2.
 */
const parents = new Map([
  ['r2', ['r1']],
  ['r3', ['r2']],
  ['r4', ['r2']],
]);

function sides(
  local: { head: string; state?: ReviewState; edited?: boolean },
  carried: { head: string; state?: ReviewState; verified?: boolean },
  log?: { state: ReviewState; grew: boolean },
): LineSides {
  const localState = local.state ?? 'submitted';
  return {
    local: { head: local.head, state: localState, edited: local.edited ?? local.head !== carried.head },
    carried: { head: carried.head, state: carried.state ?? 'submitted', verified: carried.verified ?? true },
    log: log ?? { state: localState, grew: false },
    parents,
  };
}

describe('which line is current after an import', () => {
  it('stays on the line here when the package brings nothing newer, taking the state its new review events end in', () => {
    expect(keepLocalLine(sides({ head: 'r4' }, { head: 'r2' }))).toEqual({
      current: 'local',
      diverged: false,
      state: 'submitted',
      head: null,
      waits: null,
      merged: [],
    });
    const returned = keepLocalLine(sides({ head: 'r2' }, { head: 'r2', state: 'returned' }, { state: 'returned', grew: true }));
    expect(returned).toMatchObject({ current: 'local', diverged: false, state: 'returned', head: null });
  });

  it('keeps the state here when the package adds no review event', () => {
    expect(keepLocalLine(sides({ head: 'r2', state: 'returned' }, { head: 'r2' }, { state: 'submitted', grew: false }))?.state).toBe('returned');
  });

  it('never moves this PC forward to a revision whose signature does not verify: it waits to be merged', () => {
    expect(chooseLine(sides({ head: 'r2' }, { head: 'r3', verified: false }), 'r2', [])).toEqual({
      current: 'local',
      diverged: false,
      state: 'submitted',
      head: null,
      waits: 'r3',
      merged: [],
    });
    const signedThere = sides({ head: 'r4' }, { head: 'r3', state: 'signed', verified: false }, { state: 'approved', grew: true });
    expect(chooseLine(signedThere, 'r4', [])).toMatchObject({ current: 'local', diverged: true, head: null, waits: 'r3' });
  });

  it('moves this PC forward to the reviewer’s revision when only the reviewer edited', () => {
    const moved = sides({ head: 'r2' }, { head: 'r3' });
    expect(keepLocalLine(moved)).toBeNull();
    expect(chooseLine(moved, 'r2', [])).toEqual({ current: 'imported', diverged: false, state: 'submitted', head: 'r3', waits: null, merged: [] });
  });

  it('stops a line waiting here once the package’s revision already contains it', () => {
    const moved = sides({ head: 'r2' }, { head: 'r3' });
    expect(chooseLine(moved, 'r2', ['r2', 'r4']).merged).toEqual(['r2']);
  });

  it('keeps both lines when both edited: the line here current, the reviewer’s waiting to be merged', () => {
    const both = sides({ head: 'r4' }, { head: 'r3' });
    expect(keepLocalLine(both)).toBeNull();
    expect(chooseLine(both, 'r4', [])).toEqual({ current: 'local', diverged: true, state: 'submitted', head: null, waits: 'r3', merged: [] });
  });

  it('counts text typed here since the last revision as a line of its own', () => {
    // The drafter typed on r2 without a new revision; the edits were kept as r4 before choosing.
    const typed = sides({ head: 'r2', edited: true }, { head: 'r3' });
    expect(chooseLine(typed, 'r4', [])).toMatchObject({ current: 'local', diverged: true, waits: 'r3' });
  });

  it('makes the signed line current when only the package’s is signed off, the edits here waiting to be merged', () => {
    const signed = sides({ head: 'r4', state: 'approved' }, { head: 'r3', state: 'signed' });
    expect(chooseLine(signed, 'r4', [])).toEqual({ current: 'imported', diverged: true, state: 'signed', head: 'r3', waits: 'r4', merged: [] });
  });

  it('does not hide a line signed off there behind edits made here after it', () => {
    const signedThenEdited = sides({ head: 'r4', state: 'approved' }, { head: 'r2', state: 'signed' });
    expect(keepLocalLine(signedThenEdited)).toBeNull();
    expect(chooseLine(signedThenEdited, 'r4', [])).toMatchObject({ current: 'imported', diverged: true, head: 'r2', waits: 'r4' });
    // Signed off on both PCs, the line here simply stays.
    expect(keepLocalLine(sides({ head: 'r4', state: 'signed' }, { head: 'r2', state: 'signed' }))).toMatchObject({ current: 'local', diverged: false });
  });

  it('refuses a package for a draft in the recycle bin here', () => {
    expect(draftRefusal({ deleted: true })).toBe(DRAFT_IN_RECYCLE_BIN);
    expect(draftRefusal({ deleted: false })).toBeNull();
  });
});
