import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { openAllowedExternally } from './externalLinks';
import { DEFAULT_SIZE, MIN_SIZE } from '../shellLogic/windowState';
import { APP_ORIGIN, WEB_PREFERENCES, WINDOW_OPEN_DECISION, denyNavigation, grantPermission } from '../shellLogic/securityPolicy';

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(grantPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantPermission(permission));
  session.defaultSession.setSpellCheckerEnabled(false);
}

export interface Placement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export function createMainWindow(preloadFile: string, placement: Placement = { bounds: DEFAULT_SIZE, maximized: false }): BrowserWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: '答复函起草助手',
    webPreferences: { ...WEB_PREFERENCES, preload: preloadFile },
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    openAllowedExternally(url);
    return WINDOW_OPEN_DECISION;
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (denyNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (denyNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => (placement.maximized ? window.maximize() : window.show()));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** A second start or an opened file brings the one window up, even from the taskbar. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export const preloadPath = (distDir: string) => join(distDir, 'preload.cjs');
