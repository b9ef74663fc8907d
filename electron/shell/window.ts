import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, WEB_PREFERENCES, WINDOW_OPEN_DECISION, denyNavigation, grantPermission } from '../core/securityPolicy';

export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(grantPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => grantPermission(permission));
  session.defaultSession.setSpellCheckerEnabled(false);
}

export function createMainWindow(preloadFile: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '答复函起草助手',
    webPreferences: { ...WEB_PREFERENCES, preload: preloadFile },
  });
  window.webContents.setWindowOpenHandler(() => WINDOW_OPEN_DECISION);
  window.webContents.on('will-navigate', (event, url) => {
    if (denyNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (denyNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

export const preloadPath = (distDir: string) => join(distDir, 'preload.cjs');
