import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../db/backups';
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

  it('says so when there is no database', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['backup', '--db', '/nonexistent/dafu.sqlite3'], io)).toBe(2);
    expect(err.join('')).toMatch(/找不到数据库文件/);
    expect(existsSync('/nonexistent')).toBe(false);
  });
});
