import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseFromNewerAppError, latestVersion, migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { openDatabase } from './open';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'dafu-migrate-')), 'dafu.sqlite3');

describe('migrations', () => {
  it('build the whole schema from an empty database', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(latestVersion());
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['cases', 'drafts', 'revision_parents', 'revisions', 'settings']));
  });

  it('are numbered 1, 2, 3… with nothing missing', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('run again without doing anything', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(latestVersion());
  });

  it('leave the database untouched when a step fails', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    migrate(db, MIGRATIONS);
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(latestVersion());
  });

  it('refuse a database from a newer app without changing a byte of it', () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    newer.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseFromNewerAppError);
    expect(() => openDatabase(file)).toThrow(/更新版本/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('open a file in WAL mode with full sync', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
