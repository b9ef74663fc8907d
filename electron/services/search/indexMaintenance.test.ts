import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IdleScheduler } from '../context';
import { staleCount } from './searchIndex';
import { STALE_SCAN_LIMIT } from './searchQuery';
import { makeTestContext } from '../../testing/testContext';

/** Idle time stepped by hand: nothing runs until the test says so. */
function fakeIdle() {
  const queue: (() => void)[] = [];
  const scheduler: IdleScheduler = { later: (task) => void queue.push(task) };
  const step = () => queue.shift()?.();
  const drain = () => {
    let turns = 0;
    while (queue.length > 0 && turns < 10_000) {
      step();
      turns += 1;
    }
    return turns;
  };
  return { scheduler, step, drain, pending: () => queue.length };
}

const CASES = 240;
const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '交办日期'];
const PROPOSAL = '近年来我市机动车保有量快速增长，老城区停车位供需矛盾突出。'.repeat(6);
const rows = [
  HEADER,
  ...Array.from({ length: CASES }, (_, i) => ['提案', '十三届三次会议', String(i + 1), `关于规范第${i + 1}片区停车收费的建议`, '张伟', '2026-03-10']),
];

async function importedStore(file = ':memory:') {
  const idle = fakeIdle();
  const test = makeTestContext(file, idle.scheduler);
  await test.handlers['cases.import']({ fileName: '清单.xlsx', rows });
  // The proposal text makes the batch of new documents several turns of indexing long.
  test.ctx.db.prepare('UPDATE cases SET proposal_text = ?').run(PROPOSAL);
  return { ...test, idle };
}

describe('search index upkeep at idle', () => {
  it('a search right after a bulk import does not rebuild the index: it reads a bounded part of the rest and says so', async () => {
    const { ctx, handlers, idle } = await importedStore();
    const before = staleCount(ctx.db);
    expect(before).toBe(CASES);

    const early = await handlers['search.query']({ query: '停车收费', limit: 200 });
    expect(staleCount(ctx.db)).toBe(before);
    expect(early.incomplete).toBe(true);
    expect(early.total).toBe(STALE_SCAN_LIMIT);
    expect(early.hits[0].snippet).toContain('停车收费');

    idle.step();
    const afterOneTurn = staleCount(ctx.db);
    expect(afterOneTurn).toBeGreaterThan(0);
    expect(afterOneTurn).toBeLessThan(before);
    expect(idle.pending()).toBe(1);
  });

  it('finds everything once the idle work is done, for every query length', async () => {
    const { ctx, handlers, idle } = await importedStore();
    expect(idle.drain()).toBeGreaterThan(3);
    expect(idle.pending()).toBe(0);
    expect(staleCount(ctx.db)).toBe(0);
    for (const query of ['停', '停车', '停车收费', '供需矛盾突出']) {
      const answer = await handlers['search.query']({ query, limit: 200 });
      expect([query, answer.total, answer.incomplete]).toEqual([query, CASES, false]);
      expect(new Set(answer.hits.map((hit) => hit.id)).size).toBe(answer.hits.length);
    }
  });

  it('loses nothing when the app closes in the middle, and catches up after the next start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-index-')), 'dafu.sqlite3');
    const first = await importedStore(file);
    first.idle.step();
    first.idle.step();
    const left = staleCount(first.ctx.db);
    expect(left).toBeGreaterThan(0);
    first.ctx.db.close();
    // A turn that comes after the store closed does nothing.
    expect(() => first.idle.drain()).not.toThrow();

    const idle = fakeIdle();
    const { ctx, handlers } = makeTestContext(file, idle.scheduler);
    expect(staleCount(ctx.db)).toBe(left);
    expect(idle.pending()).toBe(1);
    idle.drain();
    const answer = await handlers['search.query']({ query: '停车收费', limit: 200 });
    expect([answer.total, answer.incomplete]).toEqual([CASES, false]);
    ctx.db.close();
  });

  it('while a changed document waits for the index, search reads its new text and not the old', async () => {
    const { handlers, idle } = await importedStore();
    idle.drain();
    const [first] = (await handlers['cases.list']({})).slice(0, 1);
    const detail = await handlers['cases.get']({ caseId: first.id });
    await handlers['cases.save']({ caseId: first.id, facts: { ...detail.facts, title: '关于增设新能源充电桩的建议', proposalText: '' } });
    expect(idle.pending()).toBe(0);

    expect((await handlers['search.query']({ query: '充电桩' })).hits.map((hit) => hit.id)).toEqual([first.id]);
    const parking = await handlers['search.query']({ query: '停车收费', limit: 200 });
    expect([parking.total, parking.incomplete]).toEqual([CASES - 1, false]);
    expect(parking.hits.some((hit) => hit.id === first.id)).toBe(false);
    // The search noticed the stale document and asked for it to be indexed at idle.
    expect(idle.pending()).toBe(1);
  });
});
