import { expect, test, type Page } from '@playwright/test';
import { stored } from './support/api';
import { freshDatabase, startHost } from './support/host';
import { letterBody, waitForAppReady } from './support/letter';

const DRAFTS = 150;

/** Years of replies in one file, the oldest first, each named so the clerk can tell them apart: made through the app's own calls. */
async function makeManyDrafts(page: Page) {
  for (let n = 1; n <= DRAFTS; n++) {
    const draft = await stored<{ id: string }>(page, 'drafts.create', { templateId: 'zhengxie-lead' });
    await stored(page, 'drafts.rename', { draftId: draft.id, name: `第${n}份答复` });
  }
  await page.reload();
  await waitForAppReady(page);
}

test('years of drafts: the list holds them all, puts only those in view in the page, and scrolls to the oldest', async ({ page }) => {
  const host = await startHost(freshDatabase());
  try {
    await page.goto(host.url);
    await waitForAppReady(page);
    await makeManyDrafts(page);
    const entries = page.getByRole('list', { name: '草稿列表' }).getByRole('listitem');
    await expect(entries.first()).toContainText(`第${DRAFTS}份答复`);
    await expect(entries.first()).toHaveAttribute('aria-setsize', String(DRAFTS));
    expect(await entries.count()).toBeLessThan(60);

    await page.getByRole('list', { name: '草稿列表' }).evaluate((list) => list.parentElement!.scrollTo({ top: list.scrollHeight }));
    const oldest = page.getByRole('button', { name: /^第1份答复/ });
    await expect(oldest).toBeVisible();
    await expect(oldest.locator('..')).toHaveAttribute('aria-posinset', String(DRAFTS));
    expect(await entries.count()).toBeLessThan(60);

    await oldest.click();
    await expect(letterBody(page)).toBeVisible();
    await expect(oldest).toHaveAttribute('aria-current', 'true');
  } finally {
    await host.stop();
  }
});
