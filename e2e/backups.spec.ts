import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { createDraftFromTemplate, letterBody, openDraftNamed, typeNewParagraphAfter, waitUntilSaved } from './support/letter';

async function openBackups(page: Page) {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /备份与恢复/ }).click();
  return page.getByRole('dialog', { name: '备份与恢复' });
}

test('a backup made now brings the letter back, and the text written since is kept as a backup too', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '备份之前写的。');
  await waitUntilSaved(page);
  const backups = await openBackups(page);
  await backups.getByRole('button', { name: '立即备份' }).click();
  await expect(backups.getByRole('status')).toContainText('已备份');
  await backups.getByRole('button', { name: '关闭' }).click();

  await typeNewParagraphAfter(page, '备份之前写的', '备份之后写的。');
  await waitUntilSaved(page);
  const again = await openBackups(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await again.getByRole('listitem').filter({ hasText: '手动备份' }).getByRole('button', { name: '恢复到此' }).click();

  await openDraftNamed(page, /提案的答复/);
  await expect(letterBody(page)).toContainText('备份之前写的。');
  await expect(letterBody(page)).not.toContainText('备份之后写的。');
  await expect((await openBackups(page)).getByRole('list', { name: '备份列表' })).toContainText('恢复前');
});
