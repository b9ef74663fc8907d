import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStoreSession } from '../app/storeSession';
import { resourcesDir } from '../app/paths';
import { loadTemplates } from '../services/templates/templates';

/**
 * Test support: the store as the app and the host hold it (a file with backups/ beside it), with a
 * clock the test moves by hand. `handlers()` are the session's of the moment. Pass the file of an
 * earlier session to open it again, as the app does at its next start.
 */
export function openTestSession(file = join(mkdtempSync(join(tmpdir(), 'dafu-session-')), 'dafu.sqlite3'), start = new Date('2026-05-26T02:00:00Z')) {
  let now = start;
  const session = openStoreSession(file, { templates: loadTemplates(join(resourcesDir(), 'templates')), author: '王晶', now: () => now });
  return {
    file,
    handlers: session.handlers,
    close: session.close,
    now: () => now,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
