import type { Page } from '@playwright/test';
import { stored } from './support/api';
import { expect, test } from './support/fixtures';

const openRetention = (page: Page) =>
  page
    .getByRole('navigation', { name: '菜单' })
    .getByRole('button', { name: '文件' })
    .click()
    .then(() => page.getByRole('menuitem', { name: /版本精简/ }).click());

test('the clerk reads the thinning policy in plain words, changes it, sees what it would remove, and the choice stays', async ({ page, app: _app }) => {
  // The day's automatic run comes after the check that follows start (about ten seconds in).
  await expect.poll(async () => (await stored<{ log: unknown[] }>(page, 'retention.get', {})).log.length, { timeout: 60_000 }).toBeGreaterThan(0);
  await openRetention(page);
  const dialog = page.getByRole('dialog', { name: '版本精简' });
  await expect(dialog.getByLabel('精简规则')).toContainText('最近 1 天内的全部保留；7 天内的每小时保留最后一个；更早的每天保留最后一个');
  await expect(dialog.getByLabel('精简规则')).toContainText('检查点');
  await expect(dialog.getByLabel('精简预览')).toHaveText('现在没有可以精简的版本。');
  await expect(dialog.getByRole('list', { name: '精简记录' })).toContainText('自动检查，没有需要精简的版本');

  await dialog.getByLabel('最近几天内的自动版本全部保留（天）').fill('10');
  await expect(dialog.getByRole('alert')).toHaveText('「每小时保留一个」的天数不能少于「全部保留」的天数');
  await expect(dialog.getByRole('button', { name: '保存设置' })).toBeDisabled();
  await dialog.getByLabel('几天内的每小时保留最后一个，更早的每天保留最后一个（天）').fill('30');
  await expect(dialog.getByLabel('精简规则')).toContainText('最近 10 天内的全部保留；30 天内的每小时保留最后一个');
  await dialog.getByRole('button', { name: '保存设置' }).click();
  await expect(dialog.getByRole('status')).toHaveText('设置已保存。');

  await dialog.getByRole('checkbox', { name: '精简自动保存的版本' }).uncheck();
  await expect(dialog.getByLabel('精简规则')).toContainText('已关闭精简：所有版本都保留。');
  await expect(dialog.getByLabel('精简预览')).toHaveText('精简已关闭，不会删除任何版本。');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await openRetention(page);
  await expect(dialog.getByLabel('精简规则')).toContainText('最近 10 天内的全部保留；30 天内的每小时保留最后一个');
});
