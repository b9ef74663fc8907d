import { describe, expect, it } from 'vitest';
import { PACKAGE_TOO_BIG, tookTooLongMessage } from '../../../shared/review/packageLimits';
import { DAMAGED_PACKAGE } from '../../../shared/review/packageFormat';
import { latestVersion } from '../../db/migrate';
import { answeredMeanwhile, longestStall } from '../../testing/eventLoopStall';
import { packageOf, samplePayload } from '../../testing/hostile/packageBuilder';
import { packageStore, tablesHash } from '../../testing/hostile/packageImportRun';
import { readPackage } from './packageFile';
import { readPackageInThread } from './packageThread';
import { prepareArrival } from './arrivedPayload';

/**
 * A package at the limits (10,000 revisions, 10,000 replies, 2,000 review events) whose last revision
 * does not match its hash: read and checked almost to the end before it is refused, so reading it
 * takes a good part of a second and writing it nothing.
 */
async function heavyTamperedPackage(): Promise<Buffer> {
  const payload = samplePayload({ seed: 7, revisions: 10_000, replies: 9_999, events: 2_000 });
  payload.revisions[payload.revisions.length - 1].hash = '0'.repeat(64);
  return packageOf(payload);
}

/** The message `read` is refused with. */
const refusal = (read: Promise<unknown>) =>
  read.then(
    () => 'read',
    (error: Error) => error.message,
  );

describe('reading a .dafu package on its own thread', () => {
  it('answers other calls while a large package is being read, and refuses it as before', async () => {
    const heavy = await heavyTamperedPackage();
    const store = packageStore();
    const before = tablesHash(store.db);
    let answered: number[] = [];
    let outcome: unknown;
    const stall = await longestStall(async () => {
      const run = await answeredMeanwhile(
        () => store.importPackage(heavy),
        () => store.handlers['drafts.list']({}),
      );
      answered = run.answered;
      outcome = run.value;
    });
    const here = await refusal(readPackage(heavy, latestVersion()));
    const onThisThread = await longestStall(() => refusal(readPackage(heavy, latestVersion())));

    expect(here).toContain('不能导入');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: here } });
    expect(tablesHash(store.db)).toBe(before);
    expect(answered.length).toBeGreaterThan(5);
    expect(Math.max(...answered)).toBeLessThan(50);
    expect(stall).toBeLessThan(onThisThread / 3);
    console.info(
      `package: longest stall ${Math.round(stall)} ms on the thread, ${Math.round(onThisThread)} ms read here; ${answered.length} calls answered meanwhile`,
    );
  });

  it('gives the payload reading it here gives, its revisions prepared for the store', async () => {
    const bytes = await packageOf(samplePayload({ seed: 2, revisions: 5, replies: 3 }));
    const here = await readPackage(bytes, latestVersion());
    // structuredClone: the thread's answer is copied the same way, its buffers arriving as plain bytes.
    expect(await readPackageInThread(bytes, latestVersion())).toEqual(structuredClone({ ...here, payload: prepareArrival(here.payload) }));
  });

  it('refuses damaged and hostile packages in the same words as reading them here', async () => {
    const good = await packageOf(samplePayload({ seed: 3 }));
    const packages = [new TextEncoder().encode('这不是草稿包'), new Uint8Array(), good.subarray(0, good.length - 40), new Uint8Array(76 * 1024 * 1024)];
    const messages = [];
    for (const bytes of packages) {
      const here = await refusal(readPackage(bytes, latestVersion()));
      expect(here).not.toBe('read');
      expect(await refusal(readPackageInThread(bytes, latestVersion()))).toBe(here);
      messages.push(here);
    }
    expect(messages).toContain(DAMAGED_PACKAGE);
    expect(messages).toContain(PACKAGE_TOO_BIG);
  });

  it('stops a read that runs over its time and says so', async () => {
    const heavy = await heavyTamperedPackage();
    const started = performance.now();
    await expect(readPackageInThread(heavy, latestVersion(), { budgetMs: 150 })).rejects.toThrow(tookTooLongMessage(150));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
