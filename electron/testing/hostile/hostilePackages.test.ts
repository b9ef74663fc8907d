import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHostilePackages, SEED_FILE } from './hostilePackages';
import { importAndCheck, packageStore } from './packageImportRun';
import { measured } from '../measured';

/** Each package is answered within this time. */
const TIME_BUDGET_MS = 10_000;
/** And the process grows by less than this while it is read: every bomb inflates to 300 MB. */
const MEMORY_BUDGET_BYTES = 300 * 1024 * 1024;

describe('hostile .dafu packages through the real import call', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-hostile-packages-'));
  const cases = await generateHostilePackages(dir);
  const store = packageStore(join(dir, 'dafu.sqlite3'));
  afterAll(() => {
    store.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the draft the clashing packages borrow from', async () => {
    expect((await importAndCheck(store, readFileSync(join(dir, SEED_FILE)))).outcome).toBe('imported');
  });

  it.each(cases)('$file ($hostile): refused clearly with the store unchanged, or imported and the store checks out, in time and memory', async (item) => {
    const bytes = readFileSync(join(dir, item.file));
    const { value, ms, grewBy } = await measured(() => importAndCheck(store, bytes));
    if (item.refusal) expect(value).toMatchObject({ outcome: 'refused', message: expect.stringMatching(item.refusal) });
    else expect(value.outcome).toBe('imported');
    expect(ms).toBeLessThan(TIME_BUDGET_MS);
    expect(grewBy).toBeLessThan(MEMORY_BUDGET_BYTES);
  });
});
