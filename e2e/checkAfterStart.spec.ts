import { expect, test } from '@playwright/test';
import { listBackups } from '../electron/db/backups';
import { openDatabase } from '../electron/db/open';
import { tamperRows } from '../electron/testing/tamper';
import { freshDatabase, startHost } from './support/host';
import { createDraftFromTemplate, waitForAppReady } from './support/letter';

test('damage only the full check after start can see is explained, and the day’s backup is offered', async ({ page }) => {
  const database = freshDatabase();
  let host = await startHost(database);
  await page.goto(host.url);
  await waitForAppReady(page);
  await createDraftFromTemplate(page);
  // The day's backup is taken on its own thread after start: a clerk's app runs long enough for it.
  await expect.poll(() => listBackups(database).length, { timeout: 30_000 }).toBe(1);
  await host.stop();

  // A flipped id under every page's own checks: only the foreign-key check after start sees it.
  const db = openDatabase(database);
  db.pragma('foreign_keys = OFF');
  tamperRows(db, 'revisions', "draft_id = 'a-draft-that-is-not-there'", '1');
  db.close();

  host = await startHost(database);
  await page.goto(host.url);
  const dialog = page.getByRole('dialog', { name: '数据库已损坏' });
  // The check waits a few seconds after start, then reads the whole file.
  await expect(dialog).toContainText('从备份恢复', { timeout: 60_000 });
  await expect(dialog).toContainText('每日自动备份');
  await host.stop();
});
