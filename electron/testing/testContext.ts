import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { resourcesDir } from '../app/paths';
import { loadTemplates } from '../services/templates/templates';
import { createHandlers } from '../app/handlers';
import { shellFallbacks } from '../app/shellFallbacks';
import type { ServiceContext } from '../services/context';
import type { IdleScheduler } from '../services/context';
import { fileVault } from '../services/keys/keyFiles';

/** A service context on a real database file (or memory) with a clock the test moves by hand (and idle time, if given), and a key vault of its own. */
export function makeTestContext(file = ':memory:', idle?: IdleScheduler) {
  let now = new Date('2026-05-26T02:00:00Z');
  const ctx: ServiceContext = {
    db: openDatabase(file),
    templates: loadTemplates(join(resourcesDir(), 'templates')),
    fontsDir: join(resourcesDir(), 'fonts'),
    author: '王晶',
    now: () => now,
    idle,
    // Each test PC keeps its private keys in a folder of its own; scrypt at a low cost keeps the tests quick.
    keyVault: fileVault(mkdtempSync(join(tmpdir(), 'dafu-keys-'))),
    kdfCost: 10,
  };
  return {
    ctx,
    handlers: { ...createHandlers(ctx), ...shellFallbacks() },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
