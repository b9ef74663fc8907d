import { describe, expect, it } from 'vitest';
import { damageSubject, runDamageTrials } from '../testing/damageTrials';

describe.each([
  { indexed: false, state: 'just imported' },
  { indexed: true, state: 'with its search index built' },
])('a store with the example letter $state, damaged at random (short sample; npm run stress runs thousands)', ({ indexed }) => {
  it('is caught by dafu check or reads exactly as before: never a different letter, review state, comment or case fact', async () => {
    const tally = await runDamageTrials(await damageSubject({ indexed }), 24, indexed ? 18 : 19);
    console.log(`random damage (${indexed ? 'indexed' : 'just imported'}):`, JSON.stringify(tally));
    expect(tally.wrong).toEqual([]);
    expect(tally.silentlyWrong).toBe(0);
    expect(tally.detected).toBeGreaterThan(0);
    expect(tally.detected + tally.harmless + tally.silentlyWrong).toBe(24);
  }, 120_000);
});
