/**
 * The window and session security policy in one place, as plain data so it is unit-tested here
 * (Electron cannot run on these machines) and applied by the shell.
 */

export const APP_SCHEME = 'dafu';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The print preview's letter carries the shipped substitute fonts inline (data:), as the printed PDF does.
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const;

/** Only the app's own pages may be shown; everything else (links, drops, redirects) is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export const denyNavigation = (url: string): boolean => !isAppUrl(url);

/** New windows are never opened by page content. */
export const WINDOW_OPEN_DECISION = { action: 'deny' } as const;

/** No camera, microphone, notifications, geolocation or anything else is ever granted. */
export const grantPermission = (_permission: string): boolean => false;

/** IPC is answered only for the app's own top frame. */
export const isTrustedSender = (frameUrl: string | undefined): boolean => frameUrl !== undefined && isAppUrl(frameUrl);

/**
 * Sites a link in the app may open in the system browser. Nothing in the app links out today; a
 * site is added here by name, and only https pages on it open.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

export function mayOpenExternally(url: string, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && allowList.includes(parsed.hostname);
  } catch {
    return false;
  }
}
