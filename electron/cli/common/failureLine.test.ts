import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startServices } from '../../app/services';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

describe('a command that fails inside', () => {
  let home: string;
  const previous = process.env.XDG_CONFIG_HOME;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'dafu-clilog-'));
    process.env.XDG_CONFIG_HOME = home;
  });
  afterEach(() => {
    process.env.XDG_CONFIG_HOME = previous;
    vi.restoreAllMocks();
  });

  it('prints one clear line, no SqliteError stack, and keeps the stack in logs/cli.log', async () => {
    const db = join(home, 'dafu.sqlite3');
    startServices(db).close();
    // A query the app has no answer for failing (a bug, not damage: the file itself is sound).
    const prepare = Database.prototype.prepare;
    vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      if (/FROM case_extensions/.test(sql)) throw new Database.SqliteError('no such table: case_extensions', 'SQLITE_ERROR');
      return prepare.call(this, sql);
    } as typeof prepare);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    const { io, out, err } = fakeIo();
    expect(await runCli(['cases', 'list', '--db', db], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^dafu cases: 程序出错了/);
    expect(err[0]).not.toMatch(/SqliteError|at .*\(/);
    expect(consoleError).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
    const log = join(home, 'Dafu', 'logs', 'cli.log');
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/SqliteError: no such table: case_extensions/);
  });

  it('names a database path that is a folder in plain words', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['history', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', home], io)).toBe(1);
    expect(err).toEqual(['dafu history: 打不开数据库文件，请检查路径和权限（--db 给的是文件，不是文件夹）。']);
  });
});
