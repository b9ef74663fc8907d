import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, waitUntilSaved } from './support/letter';

/** Types into a field key by key, as a clerk does, and leaves it. */
async function typeInto(field: Locator, typed: string) {
  await field.fill('');
  await field.pressSequentially(typed);
  await field.press('Tab');
}

test('a letter filled in through the form is found by what it prints, in every form a clerk types it', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  const form = page.getByRole('region', { name: '填写要素' });
  await typeInto(form.getByLabel('成文日期', { exact: true }), '2023-5-26');
  await typeInto(form.getByLabel('提案号', { exact: true }), '011');
  await typeInto(form.getByLabel('发文字号', { exact: true }), '柳建复〔2023〕12号');
  await waitUntilSaved(page);

  const search = page.getByRole('searchbox', { name: '全文搜索' });
  const results = page.getByLabel('搜索结果');
  const expectFound = async (query: string, printed: string) => {
    await search.fill(query);
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await expect(results.locator('mark').first()).toHaveText(printed);
  };
  for (const query of ['2023年5月26日', '5月26日']) await expectFound(query, query);
  for (const query of ['第011号', '第11号', '第 11 号', '第０１１号']) await expectFound(query, '第011号');
  for (const query of ['柳建复〔2023〕12号', '柳建复[2023]12号', '柳建复(2023)12号', '柳建复（2023）12号']) await expectFound(query, '柳建复〔2023〕12号');

  // The stored form of the date appears nowhere on the letter.
  await search.fill('2023-05-26');
  await expect(results.getByRole('listitem')).toHaveCount(0);
});
