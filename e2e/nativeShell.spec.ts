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
    // What main.ts's desktop shell would answer itself: the system print dialog and printToPDF.
    const shellCalls: { name: string; input: unknown }[] = [];
    const desktopAnswers: Record<string, unknown> = {
      'shell.print': { outcome: 'printed' },
      'shell.exportPdf': { outcome: 'saved', path: '/home/clerk/文档/答复.pdf', pages: 1 },
      'shell.paper': { status: 'other', printer: 'HP LaserJet 1020', paper: 'Letter' },
    };
    Object.assign(window, {
      shellCalls,
      chooseFromMenu: (id: string) => listeners.forEach((listener) => listener(id)),
      print: () => shellCalls.push({ name: 'browser print dialog', input: null }),
      dafu: {
        call: async (name: string, input: unknown) => {
          if (name.startsWith('shell.')) shellCalls.push({ name, input });
          if (name in desktopAnswers) return { ok: true, value: desktopAnswers[name] };
          return (
            await fetch(`/api/${encodeURIComponent(name)}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token()}` },
              body: JSON.stringify(input),
            })
          ).json();
        },
        onCommand: (listener: (id: string) => void) => {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
        onOpenedFile: (listener: (file: { fileName: string; data: string }) => void) => {
          Object.assign(window, { openFromSystem: listener });
          return () => {};
        },
      },
    });
  });
  await page.reload();
  await waitForAppReady(page);
}

type ShellCall = { name: string; input: { unavailable?: string[]; draftId?: string; settings?: { format: string } } };
const shellCalls = (page: Page) => page.evaluate(() => (window as unknown as { shellCalls: ShellCall[] }).shellCalls);
const lastMenuStates = async (page: Page) => (await shellCalls(page)).filter((call) => call.name === 'shell.commandStates').at(-1)?.input.unavailable;

const chooseFromMenu = (page: Page, id: string) =>
  page.evaluate((command) => (window as unknown as { chooseFromMenu: (id: string) => void }).chooseFromMenu(command), id);

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

test('the application menu greys out what cannot be done yet, and printing goes to the system print dialog with A4 set by the app', async ({ page, app }) => {
  expect(page.url()).toBe(app.host.url);
  await openAsInElectron(page);
  await expect.poll(() => lastMenuStates(page)).toContain('file.printPreview');

  await chooseFromMenu(page, 'draft.new');
  await page.getByRole('dialog', { name: '选择模板' }).getByRole('button').filter({ hasText: '政协提案答复' }).first().click();
  await expect(letterBody(page)).toBeVisible();
  await expect.poll(() => lastMenuStates(page)).not.toContain('file.printPreview');

  await chooseFromMenu(page, 'file.printPreview');
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview.getByRole('alert').filter({ hasText: '默认打印机「HP LaserJet 1020」用的是 Letter 纸，不是 A4' })).toBeVisible();
  await preview.getByLabel('版式').selectOption('letter');
  await preview.getByRole('button', { name: /打印…|仍然打印/ }).click();
  // The template's fields are still empty, so the summary asks first.
  await page.getByRole('dialog', { name: '打印前请核对' }).getByRole('button', { name: '仍然打印' }).click();
  await expect.poll(async () => (await shellCalls(page)).find((call) => call.name === 'shell.print')?.input.settings?.format).toBe('letter');
  expect((await shellCalls(page)).map((call) => call.name)).not.toContain('browser print dialog');
});

test('a .dafu package double-clicked in the system is imported as 导入草稿包 would', async ({ page, app }) => {
  expect(page.url()).toBe(app.host.url);
  await openAsInElectron(page);
  await chooseFromMenu(page, 'draft.new');
  await page.getByRole('dialog', { name: '选择模板' }).getByRole('button').filter({ hasText: '政协提案答复' }).first().click();
  await expect(letterBody(page)).toBeVisible();
  const exported = await page.evaluate(async () => {
    const bridge = (window as unknown as { dafu: { call: (name: string, input: unknown) => Promise<{ value: unknown }> } }).dafu;
    const [draft] = (await bridge.call('drafts.list', {})).value as { id: string }[];
    return (await bridge.call('package.export', { draftId: draft!.id })) as { value: { data: string } };
  });
  await page.evaluate(
    (data) =>
      (window as unknown as { openFromSystem: (file: { fileName: string; data: string }) => void }).openFromSystem({ fileName: '答复（科长修改）.dafu', data }),
    exported.value.data,
  );
  await expect(page.getByText(/已导入「.*」：本机都已有，没有新增/)).toBeVisible();
});
