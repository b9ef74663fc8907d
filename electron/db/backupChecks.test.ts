import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../testing/testContext';
import { seedStore } from '../testing/seedStore';
import { tamperRows } from '../testing/tamper';
import { backupsDir, checkBackupFile, listBackups, newestSoundBackup, restoreBackup, takeBackup } from './backups';
import { BackupOfDamagedStoreError } from './rowSums/recordDamage';
import { registerStoreFunctions } from './storeFunctions';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dafu-backup-check-')), 'dafu.sqlite3');

async function storeWithBackup() {
  const file = tempDb();
  const test = makeTestContext(file);
  await seedStore(test.handlers, { drafts: 2, checkpoints: 2 });
  const older = takeBackup(test.ctx.db, file, 'manual', new Date('2026-11-26T03:00:00Z'));
  return { file, ...test, older };
}

describe('backups checked with the rows’ checksums', () => {
  it('are not made from a store with a damaged row: refused in plain Chinese, the good backups kept as they were', async () => {
    const { file, ctx, older } = await storeWithBackup();
    tamperRows(ctx.db, 'drafts', "content = replace(content, '的', '地')", 'rowid = 1');
    const error = (() => {
      try {
        takeBackup(ctx.db, file, 'scheduled', new Date('2026-11-27T03:00:00Z'));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(BackupOfDamagedStoreError);
    expect((error as Error).message).toMatch(/不能当作完好的备份，所以没有保存。现有的备份都还在/);
    expect((error as BackupOfDamagedStoreError).problems.join('\n')).toMatch(/草稿《.*》的正文/);
    expect(listBackups(file).map((backup) => backup.name)).toEqual([older.name]);
  });

  it('are never offered when damaged after they were made: the newest sound one is, and a restore from the damaged one is refused', async () => {
    const { file, ctx, older } = await storeWithBackup();
    const newer = takeBackup(ctx.db, file, 'manual', new Date('2026-11-27T03:00:00Z'));
    ctx.db.close();
    const copy = new Database(join(backupsDir(file), newer.name));
    registerStoreFunctions(copy);
    tamperRows(copy, 'drafts', "content = replace(content, '的', '地')", 'rowid = 1');
    copy.close();

    expect(checkBackupFile(join(backupsDir(file), newer.name))).toMatchObject({
      sound: false,
      problems: [expect.stringMatching(/与校验值不符/), expect.any(String)],
    });
    expect(newestSoundBackup(file)?.name).toBe(older.name);
    expect(() => restoreBackup(file, join(backupsDir(file), newer.name), new Date('2026-11-27T04:00:00Z'))).toThrow(
      /不能用这个备份恢复：备份里有记录与校验值不符/,
    );
  });

  it('still let a store with a damaged row be replaced by a sound backup, the damaged file kept as it was', async () => {
    const { file, ctx, older } = await storeWithBackup();
    tamperRows(ctx.db, 'drafts', "content = replace(content, '的', '地')", 'rowid = 1');
    ctx.db.close();
    const { savedCurrent } = restoreBackup(file, join(backupsDir(file), older.name), new Date('2026-11-27T04:00:00Z'));
    expect(savedCurrent?.reason).toBe('damaged');
    expect(checkBackupFile(file).sound).toBe(true);
    expect(
      listBackups(file)
        .map((backup) => backup.reason)
        .sort(),
    ).toEqual(['damaged', 'manual']);
  });
});
