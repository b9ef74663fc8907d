import { describe, expect, it } from 'vitest';
import { fieldsFollowingFills } from './pasteFills';

describe('fields following undo and redo of a recognised paste', () => {
  it('empties on undo what the paste filled, and fills it again on redo', () => {
    const filled = { proposer: '九三学社柳州市委员会', signedOn: '2023-05-26' };
    expect(fieldsFollowingFills(filled, {}, filled)).toEqual({ proposer: '', signedOn: '' });
    expect(fieldsFollowingFills({}, filled, { proposer: '', signedOn: '' })).toEqual(filled);
  });

  it('leaves a field the clerk has since changed in the form', () => {
    const filled = { proposer: '九三学社柳州市委员会', signedOn: '2023-05-26' };
    expect(fieldsFollowingFills(filled, {}, { proposer: '九三学社柳州市委', signedOn: '2023-05-26' })).toEqual({ signedOn: '' });
    expect(fieldsFollowingFills({}, filled, { proposer: '民盟柳州市委员会', signedOn: '' })).toEqual({ signedOn: '2023-05-26' });
  });

  it('changes nothing between states with the same fills', () => {
    expect(fieldsFollowingFills({ proposer: '甲' }, { proposer: '甲' }, { proposer: '甲' })).toEqual({});
  });
});
