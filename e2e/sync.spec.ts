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
