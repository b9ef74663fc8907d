import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, waitUntilSaved } from './support/letter';

async function typeInto(field: Locator, typed: string) {
  await field.fill('');
  await field.pressSequentially(typed);
  await field.press('Tab');
}

test('the draft list narrows to a 成文日期 range and a review state; a date typed into search offers that filter', async ({ page, app: _app }) => {
  for (const [session, signedOn] of [
    ['十三届三次会议', '2023-5-26'],
    ['十四届一次会议', '2023-6-15'],
  ]) {
    await createDraftFromTemplate(page);
    const form = page.getByRole('region', { name: '填写要素' });
    await typeInto(form.getByLabel('届次会议', { exact: true }), session);
    await typeInto(form.getByLabel('成文日期', { exact: true }), signedOn);
    await waitUntilSaved(page);
  }
  const listed = page.getByRole('list', { name: '草稿列表' }).getByRole('listitem');
  await expect(listed).toHaveCount(2);

  await page.getByRole('button', { name: '筛选', exact: true }).click();
  await typeInto(page.getByRole('textbox', { name: '成文日期从' }), '2023-5-1');
  await typeInto(page.getByRole('textbox', { name: '成文日期至' }), '2023年5月31日');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('十三届三次会议');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(listed).toHaveCount(2);

  await page.getByRole('button', { name: '筛选', exact: true }).click();
  await page.getByLabel('审核状态').selectOption({ label: '待审核' });
  await expect(page.getByText('没有符合筛选条件的草稿。')).toBeVisible();
  await page.getByLabel('审核状态').selectOption({ label: '起草中' });
  await expect(listed).toHaveCount(2);
  await page.getByRole('button', { name: '清除筛选' }).click();

  // The stored form of a date is not searched as text: the box offers the date filter instead.
  await page.getByRole('searchbox', { name: '全文搜索' }).fill('2023-5-26');
  await page.getByRole('button', { name: '按成文日期 2023年5月26日 筛选' }).click();
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('十三届三次会议');
  await expect(page.getByRole('textbox', { name: '成文日期从' })).toHaveValue('2023年5月26日');
});
