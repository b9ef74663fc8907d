import { describe, expect, it } from 'vitest';
import { latestWins, planValueEvents, type ValueEvent } from './latestWins';

const event = (id: number, value: string | null, at: string, accepted: number | null = null, field = 'name'): ValueEvent => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  field,
  value,
  at,
  by: '王晶',
  accepted,
});

describe('a value set on several PCs: the latest wins, the same everywhere', () => {
  it('without a server the later time wins, whatever order the events arrive in', () => {
    const morning = event(1, '夜间经济答复（初稿）', '2026-05-10T01:00:00.000Z');
    const noon = event(2, '夜间经济答复（改）', '2026-05-10T04:00:00.000Z');
    for (const order of [
      [morning, noon],
      [noon, morning],
    ]) {
      const name = latestWins(order).get('name')!;
      expect(name.winner.value).toBe('夜间经济答复（改）');
      expect(name.losers.map((loser) => loser.value)).toEqual(['夜间经济答复（初稿）']);
    }
  });

  it('with a server the last it accepted wins even if its clock said earlier; what it has not seen yet comes after', () => {
    const acceptedLate = event(1, '甲的名字', '2026-05-10T01:00:00.000Z', 9);
    const acceptedEarly = event(2, '乙的名字', '2026-05-10T05:00:00.000Z', 4);
    expect(latestWins([acceptedLate, acceptedEarly]).get('name')!.winner.value).toBe('甲的名字');
    const offline = event(3, '丙离线时改的', '2026-05-09T00:00:00.000Z');
    expect(latestWins([acceptedLate, acceptedEarly, offline]).get('name')!.winner.value).toBe('丙离线时改的');
  });

  it('each field is decided on its own; the same time on two PCs is settled by id', () => {
    const trashed = event(5, '2026-05-10T02:00:00.000Z', '2026-05-10T02:00:00.000Z', null, 'trash');
    const restored = event(6, null, '2026-05-10T02:00:00.000Z', null, 'trash');
    const named = event(7, '新名字', '2026-05-10T01:00:00.000Z');
    const outcome = latestWins([restored, named, trashed]);
    expect(outcome.get('trash')!.winner.value).toBeNull();
    expect(outcome.get('name')!.winner.value).toBe('新名字');
  });

  it('a store adds the events it lacks and learns when the server accepted its own', () => {
    const mine = event(1, '我的', '2026-05-10T01:00:00.000Z');
    const theirs = event(2, '别人的', '2026-05-10T02:00:00.000Z', 3);
    const plan = planValueEvents([{ ...mine, accepted: 2 }, theirs, theirs], new Map([[mine.id, mine]]));
    expect(plan.add).toEqual([theirs]);
    expect(plan.accepted).toEqual([{ id: mine.id, accepted: 2 }]);
  });
});
