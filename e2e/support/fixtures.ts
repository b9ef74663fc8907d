import { test as base } from '@playwright/test';
import { waitForAppReady } from './letter';
import { freshDatabase, startHost, type Host } from './host';

export interface AppUnderTest {
  database: string;
  host: Host;
}

/** Each test gets its own database file and a `dafu serve` on it, with the page already open. */
export const test = base.extend<{ app: AppUnderTest }>({
  app: async ({ page }, use) => {
    const database = freshDatabase();
    const host = await startHost(database);
    await page.goto(host.url);
    await waitForAppReady(page);
    await use({ database, host });
    await host.stop();
  },
});

export { expect } from '@playwright/test';
