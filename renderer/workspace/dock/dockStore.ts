import { arrangeDock, DEFAULT_PANEL_WIDTH, DOCK_MEASURES, MAX_PANEL_WIDTH, type DockLayout } from './dockLayout';
import { PANEL_IDS, type PanelId } from './panels';

export interface DockState {
  /** The panels open now, whether shown or waiting behind a tab or in a closed drawer. */
  open: readonly PanelId[];
  /** The open panels from least to most recently brought forward: the last of a column's is its shown tab. */
  front: readonly PanelId[];
  /** Narrow mode: the panel whose drawer is out over the page. */
  drawer: PanelId | undefined;
  /** The collapsed draft list, pulled out over the page. */
  listOut: boolean;
  widths: Partial<Record<PanelId, number>>;
  /** The case desk is shown instead of the letter: the letter's panels wait. */
  suspended: boolean;
  layout: DockLayout;
}

const WIDTHS_KEY = 'dafu.dock.widths';

function loadWidths(storage: Storage | undefined): Partial<Record<PanelId, number>> {
  try {
    const saved = JSON.parse(storage?.getItem(WIDTHS_KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(PANEL_IDS.flatMap((id) => (typeof saved[id] === 'number' ? [[id, saved[id]]] : [])));
  } catch {
    return {};
  }
}

/** Whether a panel can be seen now: the shown tab of its column, or the drawer that is out. */
export function isShown(state: DockState, id: PanelId): boolean {
  const { layout } = state;
  if (state.suspended || !state.open.includes(id)) return false;
  if (layout.mode === 'drawers') return state.drawer === id;
  const column = layout.columns.find((candidate) => candidate.ids.includes(id));
  return column !== undefined && shownTab(state, column.ids) === id;
}

export function shownTab(state: DockState, ids: readonly PanelId[]): PanelId {
  return [...ids].sort((a, b) => state.front.indexOf(b) - state.front.indexOf(a))[0];
}

/**
 * The panels beside the page: which are open (their owners open them by mounting a DockPanel), which
 * tab or drawer is in front, and the widths the clerk chose, remembered between sessions.
 */
export class DockStore {
  #state: DockState;
  #width = 0;
  #listeners = new Set<() => void>();
  #slots = new Map<PanelId, HTMLElement>();
  #parking: HTMLElement | undefined;
  #focused: HTMLElement | undefined;
  #arriving: PanelId[] = [];

  constructor(private readonly storage: Storage | undefined) {
    const widths = loadWidths(storage);
    this.#state = { open: [], front: [], drawer: undefined, listOut: false, widths, suspended: false, layout: this.#arrange([], widths, false) };
  }

  getState = (): DockState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * The element a panel renders into; the dock moves it between columns, tabs and drawers. It is in
   * the document from the start, out of sight, so that what the panel focuses as it opens keeps focus.
   */
  slot(id: PanelId): HTMLElement {
    let slot = this.#slots.get(id);
    if (!slot) {
      slot = document.createElement('div');
      slot.className = 'dock-slot';
      slot.dataset.panel = id;
      this.parking().append(slot);
      this.#slots.set(id, slot);
    }
    return slot;
  }

  /** Where panels wait while they are not shown. */
  parking(): HTMLElement {
    if (!this.#parking) {
      this.#parking = document.createElement('div');
      this.#parking.className = 'dock-parking';
      document.body.append(this.#parking);
    }
    return this.#parking;
  }

  /**
   * A panel opened. One opened alone is what the clerk asked for: it comes to the front (its drawer
   * slides out in narrow mode). Several opened together come with a letter: they stand behind what
   * was open already, the first of them in front of the others.
   */
  open(id: PanelId): () => void {
    this.#update({ open: [...this.#state.open.filter((open) => open !== id), id] });
    if (this.#arriving.length === 0) queueMicrotask(() => this.#settleArrivals());
    this.#arriving.push(id);
    return () => this.#close(id);
  }

  /** Brings an open panel to the front: its tab, or its drawer in narrow mode. */
  reveal(id: PanelId): void {
    if (!this.#state.open.includes(id)) return;
    this.#update({ front: [...this.#state.front.filter((other) => other !== id), id], ...(this.#state.layout.mode === 'drawers' && { drawer: id }) });
  }

  toggleDrawer(id: PanelId): void {
    if (this.#state.drawer === id) this.#update({ drawer: undefined });
    else this.reveal(id);
  }

  closeDrawer(): void {
    if (this.#state.drawer) this.#update({ drawer: undefined });
  }

  setListOut(listOut: boolean): void {
    if (this.#state.listOut !== listOut) this.#update({ listOut });
  }

  setSuspended(suspended: boolean): void {
    if (this.#state.suspended !== suspended) this.#update({ suspended, drawer: undefined });
  }

  /** The body row's width in CSS pixels at the window's zoom. */
  measure(width: number): void {
    if (Math.abs(width - this.#width) < 0.5) return;
    this.#width = width;
    this.#update({});
  }

  /** The clerk dragged a column's edge: every panel in it takes the width, and it is remembered. */
  setWidth(ids: readonly PanelId[], width: number): void {
    const clamped = Math.round(Math.min(MAX_PANEL_WIDTH, Math.max(DOCK_MEASURES.minPanel, width)));
    const widths = { ...this.#state.widths, ...Object.fromEntries(ids.map((id) => [id, clamped])) };
    try {
      this.storage?.setItem(WIDTHS_KEY, JSON.stringify(widths));
    } catch {
      // A full or refused storage only means the width is not remembered next time.
    }
    this.#update({ widths });
  }

  drawerWidth(id: PanelId): number {
    const room = this.#width - 2 * DOCK_MEASURES.strip;
    return Math.max(Math.min(room, DOCK_MEASURES.minPanel), Math.min(room, this.#state.widths[id] ?? DEFAULT_PANEL_WIDTH));
  }

  #settleArrivals(): void {
    const arrived = PANEL_IDS.filter((id) => this.#arriving.includes(id) && this.#state.open.includes(id));
    const alone = new Set(this.#arriving).size === 1;
    this.#arriving = [];
    if (arrived.length === 0) return;
    if (alone) return this.reveal(arrived[0]);
    // Behind what was already open (版本记录 stays in front while the letter is opened again under it).
    const front = [...arrived.slice(1).reverse(), arrived[0], ...this.#state.front.filter((id) => !arrived.includes(id))];
    this.#update({ front });
  }

  /** Moving a panel's element takes the focus from what it holds: the field the clerk was typing in gets it back. */
  restoreFocus(): void {
    const focused = this.#focused;
    this.#focused = undefined;
    if (focused?.isConnected && document.activeElement !== focused) focused.focus({ preventScroll: true });
  }

  #rememberFocus(): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && [...this.#slots.values()].some((slot) => slot.contains(active))) this.#focused = active;
  }

  #close(id: PanelId): void {
    const slot = this.#slots.get(id);
    if (slot) {
      slot.hidden = false;
      this.parking().append(slot);
    }
    const { open, front, drawer } = this.#state;
    this.#update({ open: open.filter((other) => other !== id), front: front.filter((other) => other !== id), ...(drawer === id && { drawer: undefined }) });
  }

  #arrange(open: readonly PanelId[], widths: DockState['widths'], suspended: boolean): DockLayout {
    return arrangeDock(suspended ? [] : open, widths, { ...DOCK_MEASURES, width: this.#width });
  }

  #update(change: Partial<DockState>): void {
    if (this.#slots.size > 0) this.#rememberFocus();
    const next = { ...this.#state, ...change };
    const layout = this.#arrange(next.open, next.widths, next.suspended);
    const front = next.front.filter((id) => next.open.includes(id));
    const missing = next.open.filter((id) => !front.includes(id));
    this.#state = {
      ...next,
      front: [...missing, ...front],
      layout,
      drawer: layout.mode === 'drawers' ? next.drawer : undefined,
      listOut: layout.list === 'collapsed' ? next.listOut : false,
    };
    this.#listeners.forEach((listener) => listener());
  }
}
