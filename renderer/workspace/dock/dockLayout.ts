import { PANEL_IDS, type PanelId } from './panels';

/** Widths in CSS pixels at the window's zoom, so 1366 screen pixels at 150 % are 910 here. */
export interface DockMeasures {
  /** The row below the toolbar: draft list, page and panels together. */
  width: number;
  /** The page column: an A4 sheet (210 mm), its margins and the scrollbar. */
  page: number;
  list: number;
  /** A collapsed draft list, or the drawer handles on the right, in narrow mode. */
  strip: number;
  minPanel: number;
}

export const DOCK_MEASURES: Omit<DockMeasures, 'width'> = { page: 836, list: 240, strip: 28, minPanel: 240 };
export const DEFAULT_PANEL_WIDTH = 280;
export const MAX_PANEL_WIDTH = 560;

export interface DockColumn {
  /** More than one: they share the column as tabs. */
  ids: PanelId[];
  width: number;
}

export type DockLayout =
  | { mode: 'docked'; list: 'shown' | 'collapsed'; columns: DockColumn[] }
  /** Narrow mode: no room for the page beside any panel; each is a drawer the clerk opens over the page. */
  | { mode: 'drawers'; list: 'collapsed'; ids: PanelId[] };

/** Each column at its remembered width, narrowed evenly (never below the minimum) when together they do not fit. */
function fit(groups: PanelId[][], widths: Partial<Record<PanelId, number>>, room: number, min: number): DockColumn[] {
  const wanted = groups.map((ids) => Math.max(min, ...ids.map((id) => widths[id] ?? DEFAULT_PANEL_WIDTH)));
  let excess = wanted.reduce((sum, width) => sum + width, 0) - room;
  const result = [...wanted];
  while (excess > 0.5) {
    const shrinkable = result.map((width, index) => (width > min ? index : -1)).filter((index) => index >= 0);
    const share = excess / shrinkable.length;
    for (const index of shrinkable) {
      const cut = Math.min(share, result[index] - min);
      result[index] -= cut;
      excess -= cut;
    }
  }
  return groups.map((ids, index) => ({ ids, width: Math.floor(result[index]) }));
}

/**
 * Where the open panels go. The page always keeps its full width. In order of preference: each panel
 * in a column of its own beside the list; as many columns as fit, the last shared as tabs; the same
 * with the draft list collapsed; and only then drawers over the page.
 */
export function arrangeDock(open: readonly PanelId[], widths: Partial<Record<PanelId, number>>, measures: DockMeasures): DockLayout {
  const { width, page, list, strip, minPanel } = measures;
  const panels = PANEL_IDS.filter((id) => open.includes(id));
  if (panels.length === 0) return { mode: 'docked', list: width >= list + page ? 'shown' : 'collapsed', columns: [] };
  for (const listState of ['shown', 'collapsed'] as const) {
    const room = width - page - (listState === 'shown' ? list : strip);
    const count = Math.min(panels.length, Math.floor(room / minPanel));
    if (count < 1) continue;
    const groups = [...panels.slice(0, count - 1).map((id) => [id]), panels.slice(count - 1)];
    return { mode: 'docked', list: listState, columns: fit(groups, widths, room, minPanel) };
  }
  return { mode: 'drawers', list: 'collapsed', ids: panels };
}
