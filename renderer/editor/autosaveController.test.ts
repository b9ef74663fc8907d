import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosaveController';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup({ composing = (): boolean => false, result = true }: { composing?: () => boolean; result?: boolean } = {}) {
  const saves: number[] = [];
  let release: (() => void) | undefined;
  const autosave = createAutosave({
    delayMs: 1000,
    isComposing: composing,
    onDirty: () => {},
    save: () =>
      new Promise<boolean>((resolve) => {
        saves.push(Date.now());
        release = () => resolve(result);
      }),
  });
  return { autosave, saves, finishSave: () => release?.() };
}

describe('autosave', () => {
  it('saves once, about a second after typing pauses', async () => {
    const { autosave, saves } = setup();
    for (let i = 0; i < 5; i += 1) {
      autosave.changed();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1);
  });

  it('waits for an IME composition to finish', async () => {
    let composing = true;
    const { autosave, saves } = setup({ composing: () => composing });
    autosave.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toHaveLength(0);
    composing = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1);
  });

  it('never runs two saves at once, and saves again what changed meanwhile', async () => {
    const { autosave, saves, finishSave } = setup();
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1000);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1);
    finishSave();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toHaveLength(2);
  });

  it('stops saving when told the draft changed elsewhere', async () => {
    const { autosave, saves, finishSave } = setup({ result: false });
    autosave.changed();
    await vi.advanceTimersByTimeAsync(1000);
    finishSave();
    await vi.advanceTimersByTimeAsync(0);
    autosave.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toHaveLength(1);
  });

  it('flushes at once on demand', async () => {
    const { autosave, saves, finishSave } = setup();
    autosave.changed();
    const flushed = autosave.flush();
    finishSave();
    await flushed;
    expect(saves).toHaveLength(1);
  });
});
