import { expect, test, type Page } from '@playwright/test';
import { listBackups } from '../electron/db/backups';
import { freshDatabase, startHost } from './support/host';
import { damageStoredText } from './support/diskDamage';
import { createDraftFromTemplate, letterBody, openDraftNamed, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';

async function saveVersion(page: Page, note: string) {
  await waitUntilSaved(page);
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: '保存版本' }).getByRole('textbox').fill(note);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '保存版本' })).toBeHidden();
}

async function backUpNow(page: Page) {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /备份与恢复/ }).click();
  const backups = page.getByRole('dialog', { name: '备份与恢复' });
  await backups.getByRole('button', { name: '立即备份' }).click();
  await expect(backups.getByRole('status')).toContainText('已备份');
  await backups.getByRole('button', { name: '关闭' }).click();
}

test('a working copy damaged on disk opens read-only from the last good version with what was lost, and a backup brings the lost text back', async ({
  page,
}) => {
  const database = freshDatabase();
  let host = await startHost(database);
  await page.goto(host.url);
  await waitForAppReady(page);
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '第一段：已经存为版本的文字。');
  await saveVersion(page, '第一稿');
  await typeNewParagraphAfter(page, '第一段：已经存为版本的文字', '第二段：只在正在编辑的稿子里。');
  await waitUntilSaved(page);
  await backUpNow(page);
  // The day's backup, taken on its own thread a few seconds after start: a clerk's app runs long enough for it.
  await expect.poll(() => listBackups(database).some((backup) => backup.reason === 'scheduled'), { timeout: 60_000 }).toBe(true);
  await host.stop();

  // A bad sector under the working copy: the same bytes, one character different.
  expect(damageStoredText(database, '只在正在编辑的稿子里', '只在正在编辑的槁子里')).toBeGreaterThan(0);

  host = await startHost(database);
  await page.goto(host.url);
  await waitForAppReady(page);
  // The list reads no letter's text: damage there is marked once the full check after start has read the file.
  await expect(page.getByRole('list', { name: '草稿列表' })).toContainText('已损坏，打开后可恢复', { timeout: 60_000 });
  await page
    .getByRole('list', { name: '草稿列表' })
    .getByRole('button', { name: /提案的答复/ })
    .first()
    .click();

  const notice = page.getByRole('alert', { name: '这份草稿已损坏' });
  await expect(notice).toContainText('正文已损坏，现在只能查看，不能修改');
  await expect(notice).toContainText(/最近一个完好的版本：.* 保存，共 [\d,]+ 字/);
  await expect(notice).toContainText(/损坏前最后一次保存在 .*，共 [\d,]+ 字（比这个版本多 \d+ 字）/);
  await expect(notice).toContainText('在您选择怎么处理之前，程序不会改动这份草稿');
  await expect(letterBody(page)).toContainText('第一段：已经存为版本的文字。');
  await expect(letterBody(page)).not.toContainText('第二段');
  await expect(letterBody(page)).toHaveAttribute('contenteditable', 'false');

  await notice.getByRole('button', { name: '从备份恢复这份草稿' }).click();
  await expect(notice).toHaveCount(0);
  await expect(letterBody(page)).toContainText('第二段：只在正在编辑的稿子里。');
  await expect(letterBody(page)).toHaveAttribute('contenteditable', 'true');
  await expect(page.getByRole('list', { name: '草稿列表' })).not.toContainText('已损坏');

  // Written on as before, and the text survives a reload.
  await typeNewParagraphAfter(page, '第二段：只在正在编辑的稿子里', '第三段：恢复之后写的。');
  await waitUntilSaved(page);
  await page.reload();
  await waitForAppReady(page);
  await openDraftNamed(page, /提案的答复/);
  await expect(letterBody(page)).toContainText('第三段：恢复之后写的。');
  await host.stop();
});
