import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { resourcesDir } from '../app/paths';
import { loadTemplates } from '../services/templates/templates';
import { createHandlers } from '../services/index';
import { shellFallbacks } from '../app/shellFallbacks';
import type { ServiceContext } from '../services/context';
import type { IdleScheduler } from '../services/search/indexMaintenance';

/** A service context on a real database file (or memory) with a clock the test moves by hand (and idle time, if given). */
export function makeTestContext(file = ':memory:', idle?: IdleScheduler) {
  let now = new Date('2026-05-26T02:00:00Z');
  const ctx: ServiceContext = {
    db: openDatabase(file),
    templates: loadTemplates(join(resourcesDir(), 'templates')),
    author: '王晶',
    now: () => now,
    idle,
  };
  return {
    ctx,
    handlers: { ...createHandlers(ctx), ...shellFallbacks() },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
