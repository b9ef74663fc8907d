import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  WEB_PREFERENCES,
  WINDOW_OPEN_DECISION,
  denyNavigation,
  grantPermission,
  isTrustedSender,
} from './securityPolicy';

describe('window security policy', () => {
  it('isolates the page from Node and keeps the sandbox on', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
  });

  it('turns spellcheck off so no dictionary is fetched from the internet', () => {
    expect(WEB_PREFERENCES.spellcheck).toBe(false);
  });

  it('allows no inline or eval script and no remote content', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('denies navigation away from the app, new windows and every permission', () => {
    expect(denyNavigation('dafu://app/index.html')).toBe(false);
    expect(denyNavigation('https://example.com/')).toBe(true);
    expect(denyNavigation('file:///etc/passwd')).toBe(true);
    expect(denyNavigation('not a url')).toBe(true);
    expect(WINDOW_OPEN_DECISION).toEqual({ action: 'deny' });
    expect(grantPermission('media')).toBe(false);
  });

  it('answers IPC only from the app itself', () => {
    expect(isTrustedSender('dafu://app/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
