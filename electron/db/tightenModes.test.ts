import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../testing/testContext';
import { backupsDir, takeBackup } from './backups';

const mode = (path: string) => statSync(path).mode & 0o777;

/** A store as an older version left it under umask 022: the folder, the database, its WAL, a backup and a key, all readable by everyone. */
function storeFromAnOlderVersion(folderName: string) {
  const folder = join(mkdtempSync(join(tmpdir(), 'dafu-older-')), folderName);
  const file = join(folder, 'dafu.sqlite3');
  const { ctx } = makeTestContext(file);
  const backup = join(backupsDir(file), takeBackup(ctx.db, file, 'manual', new Date('2026-11-27T03:00:00Z')).name);
  const keys = join(folder, 'keys');
  mkdirSync(keys);
  writeFileSync(join(keys, 'user.sm2key'), '{}');
  // A file elsewhere that a link in backups/ points to: not the store's to change.
  const elsewhere = join(folder, '..', '别人的文件.txt');
  writeFileSync(elsewhere, '');
  symlinkSync(elsewhere, join(backupsDir(file), '链接'));
  for (const path of [folder, backupsDir(file), keys]) chmodSync(path, 0o755);
  for (const path of [file, `${file}-wal`, backup, join(keys, 'user.sm2key'), elsewhere]) chmodSync(path, 0o644);
  ctx.db.close();
  return { folder, file, keys, backup, elsewhere };
}

describe.skipIf(process.platform === 'win32')('a store made before files were private', () => {
  it('is made readable by this user only when the app opens it: database, WAL, backups, keys and their folders', () => {
    const older = storeFromAnOlderVersion('Dafu');
    expect(mode(older.file)).toBe(0o644);

    makeTestContext(older.file).ctx.db.close();

    expect(mode(older.folder)).toBe(0o700);
    for (const name of readdirSync(older.folder).filter((entry) => entry.startsWith('dafu.sqlite3')))
      expect([name, mode(join(older.folder, name))]).toEqual([name, 0o600]);
    expect(mode(backupsDir(older.file))).toBe(0o700);
    expect(mode(older.backup)).toBe(0o600);
    expect(mode(older.keys)).toBe(0o700);
    expect(mode(join(older.keys, 'user.sm2key'))).toBe(0o600);
    expect(mode(older.elsewhere)).toBe(0o644);
  });

  it('leaves a folder the clerk chose with --db as it is, and tightens the store inside it', () => {
    const older = storeFromAnOlderVersion('共享文件夹');
    makeTestContext(older.file).ctx.db.close();
    expect(existsSync(older.file)).toBe(true);
    expect(mode(older.folder)).toBe(0o755);
    expect(mode(older.file)).toBe(0o600);
    expect(mode(older.backup)).toBe(0o600);
  });
});
