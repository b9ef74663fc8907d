import { screen, type BrowserWindow } from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { restoreWindowState, saveWindowState, type StateStore } from '../shellLogic/windowState';

function fileStore(file: string): StateStore {
  return {
    read: () => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    write: (text) => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
  };
}

/** The window's size and place from the last run, kept in userData/window-state.json. */
export function windowStateFile(userData: string) {
  const store = fileStore(join(userData, 'window-state.json'));
  return {
    placement: () =>
      restoreWindowState(
        store,
        screen.getAllDisplays().map((display) => display.workArea),
      ),
    remember: (window: BrowserWindow) =>
      window.on('close', () => saveWindowState(store, { bounds: window.getNormalBounds(), maximized: window.isMaximized() })),
  };
}
