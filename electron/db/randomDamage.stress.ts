import { describe, expect, it } from 'vitest';
import { damageSubject, runDamageTrials } from '../testing/damageTrials';

const TRIALS = Number(process.env.DAFU_DAMAGE_TRIALS ?? 2000);

describe.each([
  { indexed: false, state: 'just imported', seed: 20261205 },
  { indexed: true, state: 'with its search index built', seed: 20261206 },
])('a store with the example letter $state, damaged at random', ({ indexed, seed }) => {
  it(`${TRIALS} damaged copies: each caught by dafu check or read exactly as before, none silently wrong`, async () => {
    const started = Date.now();
    const tally = await runDamageTrials(await damageSubject({ indexed }), TRIALS, seed, (done, sofar) => {
      if (done % 500 === 0)
        console.log(
          `${done} copies: ${sofar.detected} detected, ${sofar.harmless} harmless, ${sofar.silentlyWrong} silently wrong, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    });
    console.log(`random damage (${indexed ? 'indexed' : 'just imported'}):`, JSON.stringify({ ...tally, wrong: tally.wrong.slice(0, 10) }));
    expect(tally.wrong).toEqual([]);
    expect(tally.silentlyWrong).toBe(0);
    expect(tally.detected).toBeGreaterThan(0);
    expect(tally.detected + tally.harmless + tally.silentlyWrong).toBe(TRIALS);
  });
});
