import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { contract, type CallName } from '../../shared/api/contract';
import { API_ERROR_CODES } from '../../shared/api/errors';
import { makeTestContext } from './testContext';
import { seedStore } from './seedStore';
import { createDispatch } from '../app/dispatch';

export interface FuzzReport {
  calls: number;
  /** Malformed payloads sent through the dispatcher. */
  sent: number;
  /** Generated payloads that happened to be valid and were not sent (they may legitimately write). */
  skippedValid: number;
  failures: string[];
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Builds objects with own properties named __proto__ and the like, as JSON.parse would. */
const withKeys = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(key, value), { maxLength: 6 }).map((entries) => Object.fromEntries(entries) as Record<string, T>);

function payloads(name: CallName, ids: string[]): fc.Arbitrary<unknown> {
  const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const fieldNames = Object.keys(shape);
  const junk = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.anything({
        maxDepth: 2,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withTypedArray: true,
        withBoxedValues: true,
      }),
    },
    {
      weight: 3,
      arbitrary: fc.constantFrom<unknown>(...ids, 'zhengxie-lead', '', ' ', '../../etc/passwd', '\\\\fs01\\share', NaN, Infinity, -1, 2 ** 53, true, null),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => '公'.repeat(n * 700_000)) },
    { weight: 2, arbitrary: withKeys(fc.constantFrom(...HOSTILE_KEYS), fc.anything({ maxDepth: 1 })) },
  );
  const key = fc.oneof(fc.constantFrom(...fieldNames, ...HOSTILE_KEYS, 'extra'), fc.string({ maxLength: 8 }));
  return fc.oneof(junk, withKeys(key, junk), withKeys(key, withKeys(key, junk)));
}

function fileDigest(file: string): string {
  const hash = createHash('sha256');
  for (const part of [file, `${file}-wal`]) if (existsSync(part)) hash.update(readFileSync(part));
  return hash.digest('hex');
}

/**
 * Sends malformed payloads to every contract call through the real dispatcher over a seeded
 * database file: each must come back as a typed invalid_input error, nothing may be logged as an
 * unexpected failure, and the database file (with its WAL) must stay byte-for-byte the same.
 */
export async function fuzzBoundary(runsPerCall: number, seed: number): Promise<FuzzReport> {
  const file = join(mkdtempSync(join(tmpdir(), 'dafu-fuzz-')), 'dafu.sqlite3');
  const { ctx, handlers } = makeTestContext(file);
  const ids = [...(await seedStore(handlers, { drafts: 1, checkpoints: 2 })).keys()];
  ids.push(...(ctx.db.prepare('SELECT id FROM drafts').pluck().all() as string[]));
  const unexpected: unknown[] = [];
  const dispatch = createDispatch(handlers, (error) => unexpected.push(error));
  const report: FuzzReport = { calls: 0, sent: 0, skippedValid: 0, failures: [] };

  for (const name of Object.keys(contract) as CallName[]) {
    report.calls += 1;
    const before = fileDigest(file);
    await fc
      .assert(
        fc.asyncProperty(payloads(name, ids), async (payload) => {
          if (contract[name].input.safeParse(payload ?? {}).success) {
            report.skippedValid += 1;
            return;
          }
          report.sent += 1;
          const result = await dispatch(name, payload);
          if (
            result.ok ||
            result.error.code !== 'invalid_input' ||
            !API_ERROR_CODES.includes(result.error.code) ||
            !/[\u4e00-\u9fff]/.test(result.error.message)
          ) {
            throw new Error(`${name}: expected a typed invalid_input error, got ${JSON.stringify(result).slice(0, 300)}`);
          }
        }),
        { numRuns: runsPerCall, seed },
      )
      .catch((error: unknown) => report.failures.push(String(error).slice(0, 2000)));
    if (fileDigest(file) !== before) report.failures.push(`${name}: the database file changed`);
  }
  if (unexpected.length > 0) report.failures.push(`unexpected errors logged: ${String(unexpected[0])}`);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'x'))
    report.failures.push('Object.prototype was polluted');
  ctx.db.close();
  return report;
}
