import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { letterBody, waitForAppReady } from './support/letter';

/**
 * The page as it runs in the Electron window: a stand-in for preload.ts's bridge (calls go to the
 * loopback host, menu choices come from the test) replaces the real one, which needs Electron.
 */
async function openAsInElectron(page: Page) {
  await page.addInitScript(() => {
    const listeners: ((id: string) => void)[] = [];
    const token = () => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
    Object.assign(window, {
      chooseFromMenu: (id: string) => listeners.forEach((listener) => listener(id)),
      dafu: {
        call: async (name: string, input: unknown) =>
          (
            await fetch(`/api/${encodeURIComponent(name)}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token()}` },
              body: JSON.stringify(input),
            })
          ).json(),
        onCommand: (listener: (id: string) => void) => {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
        onOpenedFile: () => () => {},
      },
    });
  });
  await page.reload();
  await waitForAppReady(page);
}

const chooseFromMenu = (page: Page, id: string) => page.evaluate((command) => (window as unknown as { chooseFromMenu: (id: string) => void }).chooseFromMenu(command), id);

test('in the Electron window the application menu replaces the in-page menu and runs the same commands', async ({ page, app }) => {
  expect(page.url()).toBe(app.host.url);
  await expect(page.getByRole('navigation', { name: '菜单' })).toBeVisible();
  await openAsInElectron(page);
  await expect(page.getByRole('navigation', { name: '菜单' })).toHaveCount(0);

  await chooseFromMenu(page, 'draft.new');
  const picker = page.getByRole('dialog', { name: '选择模板' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button').filter({ hasText: '政协提案答复' }).first().click();
  await expect(letterBody(page)).toBeVisible();

  await chooseFromMenu(page, 'help.shortcuts');
  await expect(page.getByRole('dialog', { name: '快捷键一览' })).toBeVisible();
  await chooseFromMenu(page, 'no.such.command');
});
