import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreHealth } from '../../../shared/model/backup';

const health = (checking: boolean, damagedDrafts = 0): StoreHealth => ({
  status: 'sound',
  problem: null,
  notice: null,
  recommended: null,
  checking,
  damagedDrafts,
});

/** A page whose store answers these in turn, with a fresh storeChecked of its own. */
async function pageAnswering(...answers: StoreHealth[]) {
  const asked: string[] = [];
  const call = vi.fn((name: string) => {
    asked.push(name);
    return Promise.resolve({ ok: true, value: answers.shift() });
  });
  vi.stubGlobal('window', { dafu: { call } });
  vi.resetModules();
  const { storeChecked } = await import('./storeChecked');
  return { storeChecked, asked };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('storeChecked', () => {
  it('hands back the first answer and polls from it until the check after start is done, once for the whole page', async () => {
    vi.useFakeTimers();
    const { storeChecked, asked } = await pageAnswering(health(true), health(true), health(false, 1));
    const { first, checked } = storeChecked();
    expect(await first).toMatchObject({ checking: true });
    expect(asked).toEqual(['store.health']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await checked).toMatchObject({ checking: false, damagedDrafts: 1 });
    expect(storeChecked().checked).toBe(checked);
    expect(asked).toHaveLength(3);
  });

  it('asks once when no check is running: the first answer is the checked one', async () => {
    const { storeChecked, asked } = await pageAnswering(health(false));
    const { first, checked } = storeChecked();
    expect(await checked).toBe(await first);
    expect(asked).toEqual(['store.health']);
  });
});
