import { describe, expect, it } from 'vitest';
import { laterVersion, packageOf, samplePayload } from '../../testing/hostile/packageBuilder';
import { packageStore, tablesHash } from '../../testing/hostile/packageImportRun';
import { importPackage } from './packages';

/** A clock that moves a millisecond each time it is read; `stopAt`: from that reading on, it is a day ahead. */
function countingClock(stopAt = Infinity) {
  let readings = 0;
  return {
    now: () => (++readings >= stopAt ? 86_400_000 : 0) + readings,
    readings: () => readings,
  };
}

/** A clock that moves a second each time it is read: a slow machine. */
function slowClock() {
  let time = 0;
  return () => (time += 1_000);
}

describe('an import that runs past its time budget', () => {
  it('stops while reading, says so in Chinese, and writes nothing', async () => {
    const store = packageStore();
    const before = tablesHash(store.db);
    const bytes = await packageOf(samplePayload({ seed: 1, revisions: 20, replies: 20 }));
    await expect(importPackage(store.ctx, bytes, { budgetMs: 5_000, now: slowClock() })).rejects.toThrow(
      '导入这个草稿包超过了 5 秒的时限，已停止，本机的数据没有改动。这个文件可能已损坏或被改动过，请让对方重新导出一份。',
    );
    expect(tablesHash(store.db)).toBe(before);
  });

  it('stops while writing a later version of a draft here, and the transaction takes back what it wrote', async () => {
    const store = packageStore();
    const earlier = samplePayload({ seed: 1, revisions: 5, replies: 2 });
    await importPackage(store.ctx, await packageOf(earlier));
    const later = await packageOf(laterVersion(earlier));
    // How often the whole import reads the clock, on a copy of the store that holds the earlier version too.
    const rehearsal = packageStore();
    await importPackage(rehearsal.ctx, await packageOf(earlier));
    const clock = countingClock();
    await importPackage(rehearsal.ctx, later, { budgetMs: 1_000_000, now: clock.now });

    const before = tablesHash(store.db);
    // The last readings are taken while the revisions, comments and events are written.
    const stopping = countingClock(clock.readings() - 2);
    await expect(importPackage(store.ctx, later, { budgetMs: 1_000_000, now: stopping.now })).rejects.toThrow(/超过了 1000 秒的时限/);
    expect(tablesHash(store.db)).toBe(before);
    expect((await importPackage(store.ctx, later)).revisionsAdded).toBe(2);
  });
});
