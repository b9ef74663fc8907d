import { expect, test, type Page } from '@playwright/test';
import { freshDatabase, startHost } from './support/host';
import { letterBody, waitForAppReady } from './support/letter';

const DRAFTS = 150;

/** Years of replies in one file, the oldest first, each named so the clerk can tell them apart: made through the app's own calls. */
async function makeManyDrafts(page: Page) {
  await page.evaluate(async (count) => {
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
    const call = async (name: string, input: object) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: { id: string } };
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value;
    };
    for (let n = 1; n <= count; n++) {
      const draft = await call('drafts.create', { templateId: 'zhengxie-lead' });
      await call('drafts.rename', { draftId: draft.id, name: `第${n}份答复` });
    }
  }, DRAFTS);
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
