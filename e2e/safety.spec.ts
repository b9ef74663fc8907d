import { expect, test } from '@playwright/test';
import { freshDatabase, startHost } from './support/host';
import { createDraftFromTemplate, letterBody, openDraftNamed, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';

test('the same draft open in two tabs: the later edit becomes a parallel line, nothing is overwritten', async ({ browser }) => {
  const host = await startHost(freshDatabase());
  const first = await browser.newPage();
  await first.goto(host.url);
  await waitForAppReady(first);
  await createDraftFromTemplate(first);
  const second = await browser.newPage();
  await second.goto(host.url);
  await waitForAppReady(second);
  await openDraftNamed(second, /提案的答复/);

  await typeNewParagraphAfter(first, '专此答复', '甲窗口写的。');
  await waitUntilSaved(first);
  await typeNewParagraphAfter(second, '专此答复', '乙窗口写的。');
  await expect(second.getByRole('alert')).toContainText('另存为并行版本');

  await second.getByRole('button', { name: '重新打开' }).click();
  await expect(letterBody(second)).toContainText('甲窗口写的。');
  await second.keyboard.press('Control+Alt+h');
  await expect(second.getByRole('complementary', { name: '版本记录' })).toContainText('并行版本');
  await host.stop();
});

test('a whole working session makes no network request beyond the app’s own host', async ({ page }) => {
  const host = await startHost(freshDatabase());
  const foreign: string[] = [];
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
  });
  await page.goto(host.url);
  await waitForAppReady(page);
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '联网检查。');
  await waitUntilSaved(page);
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Alt+h');
  await page.keyboard.press('F1');
  await page.reload();
  await expect(page.getByRole('list', { name: '草稿列表' })).toBeVisible();
  expect(foreign).toEqual([]);
  await host.stop();
});
