import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestContext } from '../testing/testContext';
import { runCli } from '../cli/run';
import { backupsDir, restoreBackup, takeBackup } from './backups';

const mode = (path: string) => statSync(path).mode & 0o777;
const quietIo = { out: () => {}, err: () => {}, stopSignal: new Promise<void>(() => {}) };

describe.skipIf(process.platform === 'win32')('files of the store under the usual umask 022', () => {
  let previous: number;
  beforeEach(() => {
    previous = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(previous);
  });

  it('are readable by this user only: the folder, the database, its WAL, backups/ and every backup', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'dafu-private-')), 'Dafu');
    const file = join(folder, 'dafu.sqlite3');
    const { ctx, handlers } = makeTestContext(file);
    await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(existsSync(`${file}-wal`)).toBe(true);
    const backup = join(backupsDir(file), takeBackup(ctx.db, file, 'manual', new Date('2026-11-27T03:00:00Z')).name);
    ctx.db.close();
    const copy = join(folder, '..', '答复函备份.sqlite3');
    expect(await runCli(['backup', '--db', file, '-o', copy], quietIo)).toBe(0);
    restoreBackup(file, backup, new Date('2026-11-27T04:00:00Z'));

    expect(mode(folder)).toBe(0o700);
    expect(mode(backupsDir(file))).toBe(0o700);
    for (const name of readdirSync(folder).filter((entry) => entry.startsWith('dafu.sqlite3'))) expect([name, mode(join(folder, name))]).toEqual([name, 0o600]);
    for (const name of readdirSync(backupsDir(file))) expect([name, mode(join(backupsDir(file), name))]).toEqual([name, 0o600]);
    expect(mode(copy)).toBe(0o600);
    expect(mode(file)).toBe(0o600);
  });
});
