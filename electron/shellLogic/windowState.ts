import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where the state is kept between runs: a small JSON file in userData (a fake in tests). */
export interface StateStore {
  read: () => string | undefined;
  write: (text: string) => void;
}

export const DEFAULT_SIZE = { width: 1366, height: 768 };
export const MIN_SIZE = { width: 1024, height: 640 };
/** How much of the title bar must lie on a screen for the saved position to be usable. */
const GRIP = { width: 120, height: 32 };

const SavedState = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});

function gripVisible(bounds: Rect, area: Rect): boolean {
  const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const overlapY = Math.min(bounds.y + GRIP.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return overlapX >= GRIP.width && overlapY >= GRIP.height;
}

/**
 * The size and place to open the window with. A position is kept only while its title bar is on one
 * of today's screens (a projector or second monitor may be gone); otherwise the window opens centred.
 */
export function restoreWindowState(
  store: StateStore,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  let saved: WindowState | undefined;
  try {
    const text = store.read();
    saved = text === undefined ? undefined : SavedState.parse(JSON.parse(text));
  } catch {
    saved = undefined;
  }
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const screen = workAreas.find((area) => gripVisible(saved.bounds, area));
  const largest = screen ?? workAreas[0];
  const size = {
    width: Math.max(MIN_SIZE.width, largest ? Math.min(saved.bounds.width, largest.width) : saved.bounds.width),
    height: Math.max(MIN_SIZE.height, largest ? Math.min(saved.bounds.height, largest.height) : saved.bounds.height),
  };
  return { bounds: screen ? { x: saved.bounds.x, y: saved.bounds.y, ...size } : size, maximized: saved.maximized };
}

export function saveWindowState(store: StateStore, state: WindowState): void {
  try {
    store.write(JSON.stringify(state));
  } catch {
    // Losing the window's place is not worth an error message at quit.
  }
}
