import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleRunner } from './idleRunner';

describe('idle runner for the page layout', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (busy = () => false) => {
    const runs: number[] = [];
    let finish: (() => void) | undefined;
    const runner = createIdleRunner(
      () =>
        new Promise<void>((resolve) => {
          runs.push(Date.now());
          finish = resolve;
        }),
      { delayMs: 1000, busy, whenIdle: (start) => start() },
    );
    return {
      runs,
      runner,
      finish: async () => {
        finish?.();
        await vi.advanceTimersByTimeAsync(0);
      },
    };
  };

  it('waits until typing has paused, however many keystrokes came before', async () => {
    const { runs, runner } = setup();
    for (let key = 0; key < 20; key += 1) {
      runner.changed();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
  });

  it('never runs during an IME composition', async () => {
    let composing = true;
    const { runs, runner } = setup(() => composing);
    runner.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(0);
    composing = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(1);
  });

  it('runs once more after a change that came in during a run, never two at once', async () => {
    const { runs, runner, finish } = setup();
    runner.changed();
    await vi.advanceTimersByTimeAsync(1000);
    runner.changed();
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toHaveLength(1);
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(2);
  });

  it('does nothing after it is disposed', async () => {
    const { runs, runner } = setup();
    runner.changed();
    runner.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(0);
  });
});
