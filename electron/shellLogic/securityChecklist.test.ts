import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRoot } from '../app/paths';
import {
  CONTENT_SECURITY_POLICY,
  WEB_PREFERENCES,
  WINDOW_OPEN_DECISION,
  denyNavigation,
  grantPermission,
  isTrustedSender,
  mayOpenExternally,
} from './securityPolicy';

const root = appRoot();
const source = (path: string) => readFileSync(join(root, path), 'utf8');
const directive = (name: string) =>
  CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), one test per item
// that applies. The shell cannot run here, so the wiring tests read the shell's source.
describe("Electron's security checklist", () => {
  it('1 only loads its own content: the window loads dafu://app, the CSP names no remote origin', () => {
    expect(source('electron/shell/window.ts')).toMatch(/loadURL\(`\$\{APP_ORIGIN\}\/index\.html`\)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('2 gives no page Node.js: nodeIntegration off, in workers and sub-frames too', () => {
    expect(WEB_PREFERENCES).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3 isolates the page from the preload (contextIsolation)', () => {
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
  });

  it('4 keeps the renderer sandboxed', () => {
    expect(WEB_PREFERENCES.sandbox).toBe(true);
  });

  it('5 refuses every permission request and check, and the shell installs both handlers', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])
      expect(grantPermission(permission)).toBe(false);
    expect(source('electron/shell/window.ts')).toMatch(/setPermissionRequestHandler\([\s\S]*grantPermission/);
    expect(source('electron/shell/window.ts')).toMatch(/setPermissionCheckHandler\([\s\S]*grantPermission/);
  });

  it('6 keeps webSecurity on', () => {
    expect(WEB_PREFERENCES.webSecurity).toBe(true);
  });

  it("7 has a CSP: scripts only from the app, no 'unsafe-inline' or 'unsafe-eval', no plugins, no framing", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(source('electron/shell/appProtocol.ts')).toMatch(/Content-Security-Policy', CONTENT_SECURITY_POLICY/);
  });

  it('8 never runs insecure content', () => {
    expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
  });

  it('9 and 10 enable no experimental or Blink features', () => {
    expect(WEB_PREFERENCES.experimentalFeatures).toBe(false);
    expect(WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
  });

  it('11 and 12 allow no <webview>: the tag is off and attaching one is prevented', () => {
    expect(WEB_PREFERENCES.webviewTag).toBe(false);
    expect(source('electron/shell/window.ts')).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/);
  });

  it('13 refuses navigation and redirects away from the app, dropped files included', () => {
    for (const url of [
      'https://example.com/',
      'file:///C:/Windows/win.ini',
      'file://fs01/share/x.html',
      'dafu://app.evil/',
      'javascript:alert(1)',
      'data:text/html,x',
      '',
    ]) {
      expect(denyNavigation(url)).toBe(true);
    }
    expect(denyNavigation('dafu://app/index.html#/draft')).toBe(false);
    expect(WEB_PREFERENCES.navigateOnDragDrop).toBe(false);
    expect(source('electron/shell/window.ts')).toMatch(/will-navigate[\s\S]*denyNavigation[\s\S]*will-redirect[\s\S]*denyNavigation/);
  });

  it('14 opens no new windows', () => {
    expect(WINDOW_OPEN_DECISION).toEqual({ action: 'deny' });
    expect(source('electron/shell/window.ts')).toMatch(/setWindowOpenHandler\([\s\S]*return WINDOW_OPEN_DECISION/);
  });

  it('15 hands a URL to the system browser only from the allow-list, only https, never with credentials', () => {
    expect(mayOpenExternally('https://www.gov.cn/zhengce/', ['www.gov.cn'])).toBe(true);
    expect(mayOpenExternally('http://www.gov.cn/', ['www.gov.cn'])).toBe(false);
    expect(mayOpenExternally('https://www.gov.cn.evil.example/', ['www.gov.cn'])).toBe(false);
    expect(mayOpenExternally('https://user:pw@www.gov.cn/', ['www.gov.cn'])).toBe(false);
    expect(mayOpenExternally('file:///C:/Windows/System32/calc.exe', ['www.gov.cn'])).toBe(false);
    expect(mayOpenExternally('https://www.gov.cn/')).toBe(false);
    const callers = ['electron/shell/window.ts', 'electron/shell/externalLinks.ts'].filter((file) => source(file).includes('openExternal('));
    expect(callers).toEqual(['electron/shell/externalLinks.ts']);
  });

  it('17 answers IPC only from the app itself, checked before every dispatch', () => {
    expect(isTrustedSender('dafu://app/index.html')).toBe(true);
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'dafu://other/', undefined]) expect(isTrustedSender(url)).toBe(false);
    expect(source('electron/shell/bindIpc.ts')).toMatch(/if \(!isTrustedSender\(event\.senderFrame\?\.url\)\)[\s\S]*return dispatch/);
  });

  it('18 serves the renderer from a custom protocol, not file://, and never outside its folder', () => {
    expect(source('electron/shell/appProtocol.ts')).toMatch(/protocol\.handle\(APP_SCHEME[\s\S]*startsWith\(rendererDir \+ sep\)/);
  });

  it('20 exposes wrapped functions to the page, never ipcRenderer, its methods or its event objects', () => {
    const preload = source('electron/preload.ts');
    expect(preload).toMatch(/exposeInMainWorld\('dafu', \{\s*call: \(name: string, input: unknown\) => ipcRenderer\.invoke\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*\bipcRenderer\s*[,)]|:\s*ipcRenderer(\.\w+)?\s*[,}]/);
    expect(preload).not.toMatch(/listener\(\s*_?event\b/);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync)\b/);
  });

  it('turns spellcheck off so nothing is fetched for it', () => {
    expect(WEB_PREFERENCES.spellcheck).toBe(false);
    expect(source('electron/shell/window.ts')).toContain('setSpellCheckerEnabled(false)');
  });
});

describe('the lint rules that keep raw HTML and ipcRenderer out', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, '.config', 'eslint.config.js') });
  });
  const messages = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath: join(root, filePath) }))[0].messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);

  it.each([
    ['export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;', 'renderer/features/x/A.tsx'],
    ['export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'renderer/features/x/f.ts'],
    ['export function f(el: HTMLElement, s: string) { el.outerHTML += s; }', 'renderer/features/x/f.ts'],
    ['export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML("beforeend", s); }', 'renderer/features/x/f.ts'],
    ['import { shell } from "electron"; export const f = (u: string) => shell.openExternal(u);', 'electron/shell/other.ts'],
    ['import { contextBridge, ipcRenderer } from "electron"; contextBridge.exposeInMainWorld("x", ipcRenderer);', 'electron/preload.ts'],
    ['import { contextBridge, ipcRenderer } from "electron"; contextBridge.exposeInMainWorld("x", { ipc: ipcRenderer });', 'electron/preload.ts'],
    ['import { contextBridge, ipcRenderer } from "electron"; contextBridge.exposeInMainWorld("x", { on: ipcRenderer.on });', 'electron/preload.ts'],
  ])('reject %s', async (code, filePath) => {
    expect(await messages(code, filePath)).not.toEqual([]);
  });

  it('accept reading innerHTML and a wrapped invoke', async () => {
    expect(await messages('export const f = (el: HTMLElement) => el.innerHTML.length;', 'renderer/features/x/f.ts')).toEqual([]);
    expect(await messages(source('electron/preload.ts'), 'electron/preload.ts')).toEqual([]);
  });
});
