// Imports a package through the real call and says what became of the store: what the hostile-package
// test, the package fuzzer and the package benchmark share.
import { createHash } from 'node:crypto';
import type { Result } from '../../../shared/api/errors';
import type { ImportReport } from '../../../shared/review/reviewSchemas';
import { createDispatch, type Dispatch } from '../../app/dispatch';
import type { Db } from '../../db/open';
import { integrityProblems } from '../../db/integrity';
import { findIdentityClashes } from '../../services/revisions/identityClashes';
import { verifyRevisions } from '../../services/revisions/storeCheck';
import { makeTestContext } from '../testContext';

/** Every table's rows, hashed: a refused package must leave this as it was. */
export function tablesHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row, (_, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
    for (const row of rows.sort()) hash.update(row);
  }
  return hash.digest('hex');
}

/** What `dafu check` would say is wrong with the store, and the revision ids one draft names and another owns. */
export function storeProblems(db: Db): string[] {
  return [...integrityProblems(db), ...verifyRevisions(db).damaged.map((damage) => damage.message), ...findIdentityClashes(db).map((clash) => clash.message)];
}

/** A store of its own (file or memory), its calls going through the one dispatch that turns throws into results; internal errors collected. */
export function packageStore(file = ':memory:') {
  // Index upkeep never runs on its own here, so the tables change only by the imports themselves.
  const { ctx, handlers } = makeTestContext(file, { later: () => {} });
  const internalErrors: unknown[] = [];
  const dispatch: Dispatch = createDispatch(handlers, (error) => internalErrors.push(error));
  const importPackage = (bytes: Uint8Array, requestId?: string) =>
    dispatch('package.import', { data: Buffer.from(bytes).toString('base64'), ...(requestId && { requestId }) }) as Promise<Result<ImportReport>>;
  return { ctx, db: ctx.db, handlers, internalErrors, importPackage };
}
export type PackageStore = ReturnType<typeof packageStore>;

export type PackageOutcome = { outcome: 'refused'; message: string } | { outcome: 'imported'; report: ImportReport };

/**
 * Imports `bytes` and checks the one promise every import keeps: a clear refusal (not an internal
 * error) with every table as it was, or an import after which the store checks out. Returns what
 * happened, or throws saying which promise was broken.
 */
export async function importAndCheck(store: PackageStore, bytes: Uint8Array): Promise<PackageOutcome> {
  const before = tablesHash(store.db);
  const result = await store.importPackage(bytes);
  if (!result.ok) {
    if (result.error.code === 'internal') throw new Error(`internal error: ${String(store.internalErrors.at(-1))}`);
    if (tablesHash(store.db) !== before) throw new Error(`refused (${result.error.message}) but the store changed`);
    return { outcome: 'refused', message: result.error.message };
  }
  const problems = storeProblems(store.db);
  if (problems.length > 0) throw new Error(`imported, then the store check says: ${problems.join(' / ')}`);
  return { outcome: 'imported', report: result.value };
}
