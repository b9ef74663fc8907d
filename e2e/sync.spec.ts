import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, waitForAppReady } from './support/letter';

test('a PC connected to the bureau server shows in the status bar that it is offline and what waits to be synced', async ({ page, app }) => {
  const footer = page.locator('footer.app__status');
  await expect(footer).not.toContainText('同步');

  await createDraftFromTemplate(page);
  // What `dafu login` leaves beside the database; the server has since gone out of reach.
  const connection = {
    v: 1,
    url: 'https://127.0.0.1:9',
    user: '王晶',
    certificate: null,
    fingerprint: null,
    token: null,
    tokenExpiresAt: null,
    cursor: 0,
    acknowledged: {},
    lastSyncAt: null,
    lastError: '连不上单位服务器',
  };
  writeFileSync(join(dirname(app.database), 'sync.json'), JSON.stringify(connection), { mode: 0o600 });
  await page.reload();
  await waitForAppReady(page);

  await expect(footer.locator('.app__sync')).toHaveText(/^离线（待同步 \d+ 项）$/);
  await expect(footer.locator('.app__sync')).toHaveAttribute('title', '单位服务器：https://127.0.0.1:9');
});

test('the clerk connects to the bureau server from the 文件 menu and is told plainly when it cannot be reached', async ({ page, app: _app }) => {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /立即同步/ }).click();
  const told = page.getByRole('dialog', { name: '单位服务器' });
  await expect(told).toContainText('还没有连接单位服务器');
  await told.getByRole('button', { name: '知道了' }).click();

  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /连接单位服务器/ }).click();
  const dialog = page.getByRole('dialog', { name: '连接单位服务器' });
  await dialog.getByLabel('服务器地址').fill('https://127.0.0.1:9');
  await dialog.getByLabel('用户名').fill('王晶');
  await dialog.getByLabel('密码').fill('一个密码');
  await dialog.getByRole('button', { name: '连接' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/连不上|无法连接|服务器/);
  await expect(page.locator('footer.app__status')).not.toContainText('同步');
});
