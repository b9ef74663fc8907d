import { describe, expect, it } from 'vitest';
import { runCorruptionTrials, seededPair } from '../testing/corruptionHarness';

describe('a damaged database file', () => {
  it('1,500 damaged copies (header, pages, WAL): each refused in plain Chinese or opened sound', async () => {
    const tally = runCorruptionTrials(await seededPair(), 1500, 20261127);
    console.log('corruption trials:', JSON.stringify(tally));
    expect(tally.undetectedChanges).toBe(0);
    expect(tally.refusedAsDamaged + tally.refusedAsNewer + tally.damageFound + tally.openedUnchanged + tally.openedAsEarlierState).toBe(1500);
  });
});
