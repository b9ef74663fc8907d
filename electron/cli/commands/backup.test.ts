import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBackupFile, listBackups } from '../../db/backups';
import { openDatabase } from '../../db/open';
import { tamperRows } from '../../testing/tamper';
import { runCli } from '../run';
import { fakeIo, seededDatabase } from '../../testing/storeFixture';

describe('dafu backup', () => {
  it('writes a sound backup into backups/ next to the database and prints where', async () => {
    const { file } = await seededDatabase('dafu-backup-cli-');
    const { io, out } = fakeIo();
    expect(await runCli(['backup', '--db', file], io)).toBe(0);
    expect(dirname(out[0])).toBe(join(dirname(file), 'backups'));
    expect(checkBackupFile(out[0]).sound).toBe(true);
  });

  it('writes to -o FILE, and never over an existing file', async () => {
    const { file } = await seededDatabase('dafu-backup-cli-');
    const target = join(dirname(file), 'copy.sqlite3');
    const first = fakeIo();
    expect(await runCli(['backup', '--db', file, '-o', target], first.io)).toBe(0);
    expect(first.out).toEqual([target]);
    expect(checkBackupFile(target).sound).toBe(true);
    const second = fakeIo();
    expect(await runCli(['backup', '--db', file, '-o', target], second.io)).toBe(2);
    expect(second.err.join('')).toMatch(/已存在/);
  });

  it('refuses to keep a copy of a store with a damaged row as a backup, here or at -o FILE, naming the damage', async () => {
    const { file } = await seededDatabase('dafu-backup-cli-');
    const db = openDatabase(file);
    tamperRows(db, 'drafts', "content = replace(content, '的', '地')", 'rowid = 1');
    db.close();
    const target = join(dirname(file), 'copy.sqlite3');
    for (const args of [
      ['backup', '--db', file],
      ['backup', '--db', file, '-o', target],
    ]) {
      const { io, out, err } = fakeIo();
      expect(await runCli(args, io)).toBe(1);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(/不能当作完好的备份[\s\S]*草稿《.*》的正文/);
    }
    expect(existsSync(target)).toBe(false);
    expect(listBackups(file)).toEqual([]);
  });

  it('says so when there is no database', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['backup', '--db', '/nonexistent/dafu.sqlite3'], io)).toBe(2);
    expect(err.join('')).toMatch(/找不到数据库文件/);
    expect(existsSync('/nonexistent')).toBe(false);
  });
});
