import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { DOCK_MEASURES, MAX_PANEL_WIDTH } from './dockLayout';
import { isShown, shownTab, type DockState, type DockStore } from './dockStore';
import { useDockState } from './DockPanel';
import { PANEL_IDS, panelById, type PanelId } from './panels';

const DRAWER = 'drawer';
const titles = (ids: readonly PanelId[]) => ids.map((id) => `「${panelById(id).title}」`).join('');

/** Follows the width of the row the dock shares with the draft list and the page. */
export function useDockMeasure(store: DockStore, row: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    store.measure(element.clientWidth);
    const observer = new ResizeObserver(() => store.measure(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [store, row]);
}

/** The left edge of a column or drawer: drag it, or focus it and press ← →, to change the width. */
function WidthHandle({ store, ids, width }: { store: DockStore; ids: readonly PanelId[]; width: number }) {
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`调整${titles(ids)}的宽度`}
      aria-valuenow={width}
      aria-valuemin={DOCK_MEASURES.minPanel}
      aria-valuemax={MAX_PANEL_WIDTH}
      tabIndex={0}
      className="dock-edge"
      onKeyDown={(event) => {
        const step = { ArrowLeft: 20, ArrowRight: -20 }[event.key];
        if (step === undefined) return;
        event.preventDefault();
        store.setWidth(ids, width + step);
      }}
      onPointerDown={(event) => {
        const edge = event.currentTarget;
        const column = edge.parentElement as HTMLElement;
        // Pointer positions are in screen pixels; widths are in CSS pixels at the window's zoom.
        const scale = column.getBoundingClientRect().width / column.offsetWidth || 1;
        const startX = event.clientX;
        edge.setPointerCapture(event.pointerId);
        const move = (moved: PointerEvent) => store.setWidth(ids, width + (startX - moved.clientX) / scale);
        const stop = () => {
          edge.removeEventListener('pointermove', move);
          edge.removeEventListener('pointerup', stop);
        };
        edge.addEventListener('pointermove', move);
        edge.addEventListener('pointerup', stop);
      }}
    />
  );
}

function Tabs({ store, state, ids }: { store: DockStore; state: DockState; ids: readonly PanelId[] }) {
  const front = shownTab(state, ids);
  return (
    <div role="tablist" aria-label="同一栏里的面板" className="dock-tabs">
      {ids.map((id) => (
        <button key={id} type="button" role="tab" id={`dock-tab-${id}`} aria-selected={id === front} onClick={() => store.reveal(id)}>
          {panelById(id).title}
        </button>
      ))}
    </div>
  );
}

/** Puts each open panel's element into its column, tab or drawer; the rest wait out of sight. */
function placePanels(store: DockStore, state: DockState, bodies: Map<string, HTMLElement>) {
  const { layout } = state;
  for (const id of PANEL_IDS) {
    if (!state.open.includes(id)) continue;
    const slot = store.slot(id);
    const index = layout.mode === 'docked' ? layout.columns.findIndex((candidate) => candidate.ids.includes(id)) : -1;
    const column = index >= 0 && layout.mode === 'docked' ? layout.columns[index] : undefined;
    const place = state.suspended ? undefined : column ? bodies.get(String(index)) : state.drawer === id ? bodies.get(DRAWER) : undefined;
    const target = place ?? store.parking();
    if (slot.parentElement !== target) target.append(slot);
    slot.hidden = !isShown(state, id);
    if (column !== undefined && column.ids.length > 1) {
      slot.setAttribute('role', 'tabpanel');
      slot.setAttribute('aria-labelledby', `dock-tab-${id}`);
    } else {
      slot.removeAttribute('role');
      slot.removeAttribute('aria-labelledby');
    }
  }
  store.restoreFocus();
}

/**
 * The panels beside the page: columns (with tabs where panels share one), or in narrow mode a row of
 * handles at the right edge and the drawer the clerk pulled out.
 */
export function DockColumns({ store }: { store: DockStore }) {
  const state = useDockState(store);
  const bodies = useRef(new Map<string, HTMLElement>());
  const { layout, drawer } = state;

  useLayoutEffect(() => placePanels(store, state, bodies.current));

  // A drawer goes back when the clerk turns to the page.
  useEffect(() => {
    if (!drawer && !state.listOut) return;
    const onPointerDown = (event: PointerEvent) => {
      if ((event.target as Element).closest('.app__main')) {
        store.closeDrawer();
        store.setListOut(false);
      }
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [store, drawer, state.listOut]);

  const body = (key: string) => (element: HTMLDivElement | null) => {
    if (element) bodies.current.set(key, element);
    else bodies.current.delete(key);
  };

  return (
    <>
      {!state.suspended &&
        layout.mode === 'docked' &&
        layout.columns.map((column, index) => (
          // Keyed by place, so a column that stays keeps its element and what is focused in it.
          <div key={index} className="dock-column" style={{ width: column.width }}>
            <WidthHandle store={store} ids={column.ids} width={column.width} />
            {column.ids.length > 1 && <Tabs store={store} state={state} ids={column.ids} />}
            <div className="dock-column__body" ref={body(String(index))} />
          </div>
        ))}
      {!state.suspended && layout.mode === 'drawers' && (
        <>
          <nav className="dock-handles" aria-label="面板">
            {layout.ids.map((id) => (
              <button
                key={id}
                type="button"
                aria-expanded={drawer === id}
                aria-controls={drawer === id ? 'dock-drawer' : undefined}
                onClick={() => store.toggleDrawer(id)}
              >
                {panelById(id).title}
              </button>
            ))}
          </nav>
          {drawer && (
            <div id="dock-drawer" className="dock-drawer" style={{ width: store.drawerWidth(drawer) }}>
              <WidthHandle store={store} ids={[drawer]} width={store.drawerWidth(drawer)} />
              <div className="dock-drawer__head">
                <span>{panelById(drawer).title}</span>
                <button type="button" aria-label={`收起${titles([drawer])}`} onClick={() => store.closeDrawer()}>
                  收起
                </button>
              </div>
              <div className="dock-column__body" ref={body(DRAWER)} />
            </div>
          )}
        </>
      )}
    </>
  );
}
