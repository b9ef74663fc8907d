import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../testing/pgCluster';
import { sharedPgCluster } from '../testing/sharedPgCluster';
import { openPool } from './pool';
import { LATEST_VERSION, migrate, MIGRATIONS, schemaVersion, SchemaTooNew } from './migrations';

let cluster: PgCluster;
beforeAll(() => {
  cluster = sharedPgCluster();
});
afterAll(() => cluster?.stop());

describe('the server schema comes from numbered migrations', () => {
  it('IT starts on an empty database: every migration is applied once, in order', async () => {
    const pool = openPool(cluster.createDatabase('fresh'));
    try {
      expect(await migrate(pool)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await schemaVersion(pool)).toBe(LATEST_VERSION);
      expect(await migrate(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('migration numbers only grow', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
  });

  it('two servers starting at once both end with one schema', async () => {
    const url = cluster.createDatabase('racing');
    const pools = [openPool(url), openPool(url)];
    try {
      const applied = await Promise.all(pools.map((pool) => migrate(pool)));
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('a broken migration leaves nothing behind, and an older server refuses a newer schema', async () => {
    const pool = openPool(cluster.createDatabase('broken'));
    try {
      const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half (x int); SELECT no_such_function();' }];
      await expect(migrate(pool, broken)).rejects.toThrow();
      expect(await pool.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('half', 'accounts')")).toMatchObject({
        rows: [{ n: 0 }],
      });
      await migrate(pool, [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'next', sql: 'CREATE TABLE later (x int)' }]);
      await expect(migrate(pool)).rejects.toBeInstanceOf(SchemaTooNew);
    } finally {
      await pool.end();
    }
  });

  it('the audit log refuses updates and deletes; synced revisions, events and comments are never removed', async () => {
    const pool = openPool(cluster.createDatabase('audit'));
    try {
      await migrate(pool);
      await pool.query("INSERT INTO audit_log (at, actor, action, detail) VALUES (now(), 'it', 'test', '{}')");
      await expect(pool.query("UPDATE audit_log SET detail = 'x'")).rejects.toThrow(/append-only/);
      await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      // Synced history is never thinned or rewritten on the server, whatever code asks.
      for (const table of ['sync_revisions', 'sync_events', 'sync_comments']) {
        await expect(pool.query(`DELETE FROM ${table}`)).rejects.toThrow(/never thins/);
      }
      await expect(pool.query("UPDATE sync_revisions SET hash = 'x'")).rejects.toThrow(/never thins/);
    } finally {
      await pool.end();
    }
  });
});
