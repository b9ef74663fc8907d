import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { freshDatabase, startHost } from './support/host';
import { createDraftFromTemplate, waitForAppReady } from './support/letter';

const dafu = join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'bin', 'dafu.js');

test('a damaged database is explained at start and the newest sound backup restores it', async ({ page }) => {
  const database = freshDatabase();
  let host = await startHost(database);
  await page.goto(host.url);
  await waitForAppReady(page);
  await createDraftFromTemplate(page);
  await host.stop();
  execFileSync(process.execPath, [dafu, 'backup', '--db', database]);

  const bytes = readFileSync(database);
  bytes.fill(0x5a, 100, 4096 * 2);
  writeFileSync(database, bytes);

  host = await startHost(database);
  await page.goto(host.url);
  const dialog = page.getByRole('dialog', { name: '数据库已损坏' });
  await expect(dialog).toContainText('从备份恢复');
  await expect(dialog).toContainText('手动备份');
  await dialog.getByRole('button', { name: '从这份备份恢复' }).click();
  await waitForAppReady(page);
  await expect(dialog).toHaveCount(0);
  await expect(
    page
      .getByRole('complementary')
      .getByText(/提案的答复/)
      .first(),
  ).toBeVisible();
  await host.stop();
});
