import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreWindowState, saveWindowState, type StateStore } from './windowState';

function memoryStore(text?: string): StateStore & { text?: string } {
  const store: StateStore & { text?: string } = { text, read: () => store.text, write: (value) => (store.text = value) };
  return store;
}

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const secondScreen = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('remembering the window', () => {
  it('opens where it was closed, maximised or not', () => {
    const store = memoryStore();
    saveWindowState(store, { bounds: { x: 2000, y: 40, width: 1500, height: 900 }, maximized: true });
    expect(restoreWindowState(store, [laptop, secondScreen])).toEqual({ bounds: { x: 2000, y: 40, width: 1500, height: 900 }, maximized: true });
  });

  it('opens centred on the remaining screen when the other one is gone', () => {
    const store = memoryStore(JSON.stringify({ bounds: { x: 2000, y: 40, width: 2400, height: 1300 }, maximized: false }));
    expect(restoreWindowState(store, [laptop])).toEqual({ bounds: { width: 1920, height: 1040 }, maximized: false });
  });

  it('keeps a window whose title bar is still reachable, and never opens smaller than usable', () => {
    const store = memoryStore(JSON.stringify({ bounds: { x: -300, y: 10, width: 600, height: 300 }, maximized: false }));
    expect(restoreWindowState(store, [laptop])).toEqual({ bounds: { x: -300, y: 10, width: 1024, height: 640 }, maximized: false });
  });

  it('falls back to the default size when nothing or nonsense was saved', () => {
    for (const text of [undefined, '', '{"bounds":{"x":"a"}}', 'not json']) {
      expect(restoreWindowState(memoryStore(text), [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    }
  });

  it('does not fail when the state cannot be written', () => {
    const readOnly: StateStore = {
      read: () => undefined,
      write: () => {
        throw new Error('EACCES');
      },
    };
    expect(() => saveWindowState(readOnly, { bounds: { ...laptop }, maximized: false })).not.toThrow();
  });
});
