import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/sampleLetters';
import { bundleCrashWriter, runCrashLoop } from '../testing/crashHarness';

let script: string;
beforeAll(async () => {
  script = await bundleCrashWriter();
});
afterAll(() => rmSync(script, { force: true }));

describe('a crash during saving (short sample; npm run stress runs 1,000)', () => {
  it('loses no revision that was reported saved, and leaves a sound file, after 15 SIGKILLs', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-crash-')), 'dafu.sqlite3');
    const result = await runCrashLoop(script, file, 15, seededRandom(6));
    expect(result.kills).toBe(15);
    expect(result.revisionsReported).toBeGreaterThanOrEqual(15);
    expect(result.integrityFailures).toBe(0);
    expect(result.missingOrChanged).toEqual([]);
  }, 60_000);
});
