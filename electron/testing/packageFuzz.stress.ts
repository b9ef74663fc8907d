import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laterVersion, packageOf, samplePayload } from './hostile/packageBuilder';
import { importAndCheck, packageStore } from './hostile/packageImportRun';
import { mutatedPackage, packageMutation } from './hostile/packageMutations';

const CASES = Number(process.env.DAFU_PACKAGE_FUZZ_CASES ?? 3000);

describe('fuzzing .dafu package import', () => {
  it(`refuses ${CASES} mutated packages clearly with the store unchanged, or imports them and the store checks out`, async () => {
    // The store holds a draft first: mutations borrow its ids, and the later version of it goes through the merge.
    const held = samplePayload({ seed: 1, revisions: 4, replies: 2, events: 1, withCase: true });
    const heldBytes = await packageOf(held);
    const bases = await Promise.all(
      [laterVersion(held), samplePayload({ seed: 3, revisions: 5, replies: 3, events: 2, withCase: true })].map(async (payload) => ({
        payload,
        bytes: await packageOf(payload),
      })),
    );
    const tally = { imported: 0, refused: 0 };
    const reasons = new Map<string, number>();
    let slowest = 0;

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bases), packageMutation, async (base, change) => {
        const store = packageStore();
        try {
          expect((await importAndCheck(store, heldBytes)).outcome).toBe('imported');
          const bytes = mutatedPackage(base.payload, base.bytes, held, change);
          const started = performance.now();
          const result = await importAndCheck(store, bytes);
          slowest = Math.max(slowest, performance.now() - started);
          tally[result.outcome] += 1;
          const reason = result.outcome === 'refused' ? result.message.replace(/[0-9a-f-]{36}/g, '…').slice(0, 30) : '导入';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        } finally {
          store.db.close();
        }
      }),
      { seed: 20_261_127, numRuns: CASES },
    );

    console.log(
      `package fuzz: ${CASES} cases, ${tally.imported} imported and the store checked out, ${tally.refused} refused with the store unchanged, slowest ${slowest.toFixed(0)} ms`,
    );
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${count}\t${reason}…`);
    expect(tally.imported + tally.refused).toBe(CASES);
  });
});
