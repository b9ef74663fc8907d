import { expect, test } from '@playwright/test';
import { freshDatabase, startHost } from './support/host';
import { createDraftFromTemplate, letterBody, openDraftNamed, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';

test('a clerk drafts a reply from the template, and it is still there after the app restarts', async ({ page }) => {
  const database = freshDatabase();
  let host = await startHost(database);

  await page.goto(host.url);
  await expect(page.getByText('还没有草稿')).toBeVisible();
  await waitForAppReady(page);

  await createDraftFromTemplate(page);
  await expect(letterBody(page)).toContainText('现答复如下');
  await expect(letterBody(page)).toContainText('专此答复。');
  await expect(page.locator('[data-field="proposalNumber"]').first()).toHaveText('〔提案号〕');

  await typeNewParagraphAfter(page, '下一步，我们将以此次提案办理为契机', '柳州螺蛳粉全产业链销售收入超600亿元。');
  await waitUntilSaved(page);

  await host.stop();
  host = await startHost(database);
  await page.goto(host.url);
  await openDraftNamed(page, /提案的答复/);
  await expect(letterBody(page)).toContainText('柳州螺蛳粉全产业链销售收入超600亿元。');
  const paragraphs = await letterBody(page).locator('p').allTextContents();
  const typedAt = paragraphs.indexOf('柳州螺蛳粉全产业链销售收入超600亿元。');
  expect(paragraphs[typedAt - 1]).toContain('下一步，我们将以此次提案办理为契机');
  await host.stop();
});
