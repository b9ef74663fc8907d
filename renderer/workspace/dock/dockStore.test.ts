import { describe, expect, it } from 'vitest';
import { DockStore, isShown } from './dockStore';
import type { PanelId } from './panels';

/** A window's storage, as the dock sees it. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const shown = (store: DockStore) => (['fields', 'find', 'proofread', 'comments', 'history'] as PanelId[]).filter((id) => isShown(store.getState(), id));

describe('the panels docked beside the page', () => {
  it('puts the letter’s own panels behind one another with 填写要素 in front when a letter opens (1366 at 100 %)', async () => {
    const store = new DockStore(memoryStorage());
    store.measure(1366);
    store.open('proofread');
    store.open('fields');
    await settled();
    expect(shown(store)).toEqual(['fields']);
  });

  it('brings forward a panel the clerk opened alone, and keeps it there when the letter is opened again under it', async () => {
    const store = new DockStore(memoryStorage());
    store.measure(1366);
    const closeFields = store.open('fields');
    const closeProofread = store.open('proofread');
    await settled();
    store.open('history');
    await settled();
    expect(shown(store)).toEqual(['history']);
    closeFields();
    closeProofread();
    store.open('fields');
    store.open('proofread');
    await settled();
    expect(shown(store)).toEqual(['history']);
  });

  it('slides out the drawer of a panel the clerk asked for in narrow mode, not of those that come with a letter', async () => {
    const store = new DockStore(memoryStorage());
    store.measure(1366 / 1.25);
    store.open('fields');
    store.open('proofread');
    await settled();
    expect(store.getState().layout.mode).toBe('drawers');
    expect(store.getState().drawer).toBeUndefined();
    store.open('comments');
    await settled();
    expect(store.getState().drawer).toBe('comments');
    store.toggleDrawer('fields');
    expect(shown(store)).toEqual(['fields']);
    store.closeDrawer();
    expect(shown(store)).toEqual([]);
  });

  it('remembers a width the clerk chose, within its bounds', () => {
    const storage = memoryStorage();
    new DockStore(storage).setWidth(['history'], 900);
    const later = new DockStore(storage);
    later.measure(1920);
    later.open('history');
    expect(later.getState().widths).toEqual({ history: 560 });
    expect(later.getState().layout).toMatchObject({ mode: 'docked', columns: [{ ids: ['history'], width: 560 }] });
  });

  it('sets the letter’s panels aside while the case desk is shown', async () => {
    const store = new DockStore(memoryStorage());
    store.measure(1920);
    store.open('fields');
    await settled();
    store.setSuspended(true);
    expect(shown(store)).toEqual([]);
    expect(store.getState().layout).toEqual({ mode: 'docked', list: 'shown', columns: [] });
    store.setSuspended(false);
    expect(shown(store)).toEqual(['fields']);
  });
});
