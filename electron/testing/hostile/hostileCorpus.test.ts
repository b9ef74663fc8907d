import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measured } from '../measured';
import type { CallName } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import { decodeText } from '../../../shared/structure/decodeText';
import { createDispatch } from '../../app/dispatch';
import type { Db } from '../../db/open';
import { integrityProblems } from '../../db/integrity';
import { verifyRevisions } from '../../services/revisions/storeCheck';
import { makeTestContext } from '../testContext';
import { generateHostileCorpus, type HostileCase } from './generateHostileCorpus';

/** Each file is answered within this time, sheet thread start included. */
const TIME_BUDGET_MS = 10_000;
/** And the process grows by less than this while it is read: every bomb inflates to 300 MB. */
const MEMORY_BUDGET_BYTES = 250 * 1024 * 1024;

/** Every table's rows, hashed: a refused file must leave this as it was. */
function tablesHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

function inputOf(item: HostileCase, bytes: Buffer): unknown {
  if (item.call === 'drafts.import') return { fileName: item.file, text: decodeText(bytes) ?? '' };
  if (item.call === 'drafts.importDocx') return { fileName: item.file, data: bytes.toString('base64') };
  return { fileName: item.file, base64: bytes.toString('base64') };
}

describe('hostile files through the real import calls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-hostile-'));
  const cases = generateHostileCorpus(dir);
  // Index upkeep never runs on its own here, so the tables change only by the imports themselves.
  const { ctx, handlers } = makeTestContext(join(dir, 'dafu.sqlite3'), { later: () => {} });
  const internalErrors: unknown[] = [];
  const dispatch = createDispatch(handlers, (error) => internalErrors.push(error));
  const call = (name: CallName, input: unknown) => dispatch(name, input) as Promise<Result<unknown>>;
  afterAll(() => {
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const item of cases) {
    it(`${item.file} (${item.hostile}): ${item.refusal ? 'refused in plain Chinese, nothing stored' : 'imported, the store still checks out'}`, async () => {
      const before = tablesHash(ctx.db);
      const { value: result, ms, grewBy } = await measured(() => call(item.call, inputOf(item, readFileSync(join(dir, item.file)))));

      expect(ms).toBeLessThan(TIME_BUDGET_MS);
      expect(grewBy).toBeLessThan(MEMORY_BUDGET_BYTES);
      expect(internalErrors).toEqual([]);
      if (item.refusal) {
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(!result.ok && result.error.message).toMatch(item.refusal);
        expect(tablesHash(ctx.db)).toBe(before);
        return;
      }
      expect(result).toMatchObject({ ok: true });
      expect(integrityProblems(ctx.db)).toEqual([]);
      expect(verifyRevisions(ctx.db).damaged).toEqual([]);
      // Every draft opens and prints, and every case opens: nothing stored that the app then calls damaged.
      for (const { id } of await handlers['drafts.list']({})) {
        expect(await call('drafts.get', { draftId: id })).toMatchObject({ ok: true });
        expect(await call('print.render', { draftId: id })).toMatchObject({ ok: true });
      }
      for (const { id } of await handlers['cases.list']({})) expect(await call('cases.get', { caseId: id })).toMatchObject({ ok: true });
    });
  }
});
