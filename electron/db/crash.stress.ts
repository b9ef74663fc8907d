import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/sampleLetters';
import { bundleCrashWriter, runCrashLoop } from '../testing/crashHarness';

const KILLS = Number(process.env.DAFU_CRASH_KILLS ?? 1000);

describe('a crash during saving', () => {
  it(`loses no reported revision and leaves a sound file after ${KILLS} SIGKILLs`, async () => {
    const script = await bundleCrashWriter();
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-crash-')), 'dafu.sqlite3');
    const started = Date.now();
    const result = await runCrashLoop(script, file, KILLS, seededRandom(20261127), (progress) => {
      if (progress.kills % 100 === 0)
        console.log(`${progress.kills} kills, ${progress.revisionsReported} revisions, ${Math.round((Date.now() - started) / 1000)} s`);
    }).finally(() => rmSync(script, { force: true }));
    console.log(
      `crash loop: ${result.kills} kills, ${result.revisionsReported} revisions reported, ${result.integrityFailures} integrity failures, ${result.missingOrChanged.length} lost or changed, ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(result.kills).toBe(KILLS);
    expect(result.integrityFailures).toBe(0);
    expect(result.missingOrChanged).toEqual([]);
  });
});
