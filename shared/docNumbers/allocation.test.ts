import { describe, expect, it } from 'vitest';
import { allocateNumber, voidingOf } from './allocation';

describe('取号 from a series: the same rule on a PC and on the team server', () => {
  it('gives the first number of a year as 1, then the one after the highest ever given (voided ones count)', () => {
    expect(allocateNumber({ heldByDraft: undefined, last: null })).toEqual({ number: 1, confirmed: null });
    expect(allocateNumber({ heldByDraft: undefined, last: 15 })).toEqual({ number: 16, confirmed: null });
  });

  it('gives a draft that already holds a number that number again', () => {
    const held = { id: 'n1', text: '柳市监函〔2026〕7号' };
    expect(allocateNumber({ heldByDraft: held, last: 15 }, { number: 3, free: true })).toEqual({ held });
  });

  it('confirms a number taken offline while it is still free, else gives the next', () => {
    expect(allocateNumber({ heldByDraft: undefined, last: 15 }, { number: 12, free: true })).toEqual({ number: 12, confirmed: true });
    expect(allocateNumber({ heldByDraft: undefined, last: 15 }, { number: 12, free: false })).toEqual({ number: 16, confirmed: false });
  });

  it('shows a 作废 with who and why, blank where an old row lacks them', () => {
    expect(voidingOf({ voided_at: null, voided_by: null, void_reason: null })).toBeNull();
    expect(voidingOf({ voided_at: '2026-05-10T02:00:00.000Z', voided_by: '王晶', void_reason: '重复取号' })).toEqual({
      at: '2026-05-10T02:00:00.000Z',
      by: '王晶',
      reason: '重复取号',
    });
    expect(voidingOf({ voided_at: '2026-05-10T02:00:00.000Z', voided_by: null, void_reason: null })).toEqual({
      at: '2026-05-10T02:00:00.000Z',
      by: '',
      reason: '',
    });
  });
});
