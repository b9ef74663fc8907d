import { describe, expect, it } from 'vitest';
import { arrangeDock, DOCK_MEASURES, type DockLayout } from './dockLayout';

/** The body row's width on a screen at a zoom: the window's CSS pixels. */
const screen = (pixels: number, zoom = 1) => ({ ...DOCK_MEASURES, width: pixels / zoom });

const columns = (layout: DockLayout) => (layout.mode === 'docked' ? layout.columns.map((column) => column.ids) : layout.ids);

describe('where the panels go beside the page', () => {
  it('keeps the draft list and puts each panel in a column of its own where there is room (1920 at 100 %)', () => {
    const layout = arrangeDock(['history', 'fields', 'proofread'], {}, screen(1920));
    expect(layout).toEqual({
      mode: 'docked',
      list: 'shown',
      columns: [
        { ids: ['fields'], width: 280 },
        { ids: ['proofread'], width: 280 },
        { ids: ['history'], width: 280 },
      ],
    });
  });

  it('lets two panels share one column with tabs where there is room for one (1366 at 100 %)', () => {
    const layout = arrangeDock(['fields', 'proofread'], {}, screen(1366));
    expect(layout.mode === 'docked' && layout.list).toBe('shown');
    expect(columns(layout)).toEqual([['fields', 'proofread']]);
    expect(layout.mode === 'docked' && layout.columns[0].width).toBe(280);
  });

  it('narrows a column the clerk widened rather than covering the page', () => {
    const layout = arrangeDock(['proofread'], { proofread: 500 }, screen(1366));
    expect(layout.mode === 'docked' && layout.columns).toEqual([{ ids: ['proofread'], width: 290 }]);
  });

  it('fills the columns that fit and shares the last (1920 at 100 %, four panels)', () => {
    expect(columns(arrangeDock(['fields', 'find', 'proofread', 'history'], {}, screen(1920)))).toEqual([['fields'], ['find'], ['proofread', 'history']]);
  });

  it('collapses the draft list before turning panels into drawers (1920 at 150 %)', () => {
    const layout = arrangeDock(['fields', 'proofread'], {}, screen(1920, 1.5));
    expect(layout.mode === 'docked' && layout.list).toBe('collapsed');
    expect(columns(layout)).toEqual([['fields', 'proofread']]);
  });

  it('turns panels into drawers where the page leaves no room for any (1366 at 125 % and 150 %)', () => {
    for (const zoom of [1.25, 1.5]) {
      expect(arrangeDock(['fields', 'comments'], {}, screen(1366, zoom))).toEqual({ mode: 'drawers', list: 'collapsed', ids: ['fields', 'comments'] });
    }
  });

  it('never leaves the page narrower than its sheet', () => {
    for (const [pixels, zoom] of [
      [1366, 1],
      [1366, 1.25],
      [1366, 1.5],
      [1920, 1],
      [1920, 1.25],
      [1920, 1.5],
    ]) {
      const measures = screen(pixels, zoom);
      const layout = arrangeDock(['fields', 'find', 'proofread', 'comments', 'history'], { fields: 560, history: 400 }, measures);
      const beside =
        layout.mode === 'docked'
          ? (layout.list === 'shown' ? measures.list : measures.strip) + layout.columns.reduce((sum, column) => sum + column.width, 0)
          : 2 * measures.strip;
      expect(measures.width - beside).toBeGreaterThanOrEqual(measures.page);
    }
  });

  it('shows the draft list with no panel open when the page leaves room for it', () => {
    expect(arrangeDock([], {}, screen(1366))).toEqual({ mode: 'docked', list: 'shown', columns: [] });
    expect(arrangeDock([], {}, screen(1366, 1.5))).toEqual({ mode: 'docked', list: 'collapsed', columns: [] });
  });
});
