import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestContext } from '../testing/testContext';
import { seedStore } from '../testing/seedStore';
import { verifyRevisions } from '../services/revisions/storeCheck';
import { backupsDir, checkBackupFile, listBackups, newestSoundBackup, restoreBackup, takeBackup } from './backups';
import { bundleCrashWriter, startWriter } from '../testing/crashHarness';
import { openDatabase } from './open';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dafu-backup-')), 'dafu.sqlite3');
const hashes = (db: Database.Database) =>
  new Map((db.prepare('SELECT id, hash FROM revisions').all() as { id: string; hash: string }[]).map((r) => [r.id, r.hash]));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('backups', () => {
  let script: string;
  beforeAll(async () => {
    script = await bundleCrashWriter();
  });
  afterAll(() => rmSync(script, { force: true }));

  it('copy the store consistently into backups/ and restore it with every hash, keeping the current file first', async () => {
    const file = tempDb();
    const { ctx, handlers } = makeTestContext(file);
    const reported = await seedStore(handlers, { drafts: 2, checkpoints: 3 });
    const backup = takeBackup(ctx.db, file, 'manual', new Date('2026-11-27T03:00:00Z'));
    await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    ctx.db.close();

    expect(backup.name).toBe('dafu-20261127-030000-000-manual.sqlite3');
    expect(checkBackupFile(join(backupsDir(file), backup.name)).sound).toBe(true);
    const { savedCurrent } = restoreBackup(file, join(backupsDir(file), backup.name), new Date('2026-11-27T04:00:00Z'));
    expect(savedCurrent?.reason).toBe('before-restore');

    const db = openDatabase(file);
    for (const [id, hash] of reported) expect(hashes(db).get(id)).toBe(hash);
    expect(verifyRevisions(db).damaged).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM drafts').get() as { n: number }).n).toBe(2);
    db.close();
    expect(
      listBackups(file)
        .map((b) => b.reason)
        .sort(),
    ).toEqual(['before-restore', 'manual']);
  });

  it('taken while another process keeps saving, restore sound with every hash reported before they began', async () => {
    const file = tempDb();
    openDatabase(file).close();
    const writer = startWriter(script, file, 3);
    await writer.ready;
    const db = openDatabase(file);
    const taken: { name: string; reportedBefore: Map<string, string> }[] = [];
    for (let i = 0; i < 8; i++) {
      await sleep(40);
      const reportedBefore = new Map(writer.reported);
      taken.push({ name: takeBackup(db, file, 'manual', new Date(Date.UTC(2026, 10, 27, 3, 0, i))).name, reportedBefore });
    }
    writer.child.kill('SIGKILL');
    await writer.exited;
    db.close();
    expect(writer.reported.size).toBeGreaterThan(taken[0].reportedBefore.size);

    const kept = new Set(listBackups(file).map((b) => b.name));
    for (const { name, reportedBefore } of taken.filter((t) => kept.has(t.name))) {
      const restored = tempDb();
      restoreBackup(restored, join(backupsDir(file), name), new Date());
      const copy = openDatabase(restored);
      expect(verifyRevisions(copy).damaged).toEqual([]);
      const inCopy = hashes(copy);
      for (const [id, hash] of reportedBefore) expect(inCopy.get(id)).toBe(hash);
      for (const [id, hash] of inCopy) if (writer.reported.has(id)) expect(writer.reported.get(id)).toBe(hash);
      copy.close();
    }
  }, 30_000);

  it('set a damaged current file aside instead of deleting it, and offer only backups that pass the check', () => {
    const file = tempDb();
    const { ctx } = makeTestContext(file);
    const good = takeBackup(ctx.db, file, 'scheduled', new Date('2026-11-26T03:00:00Z'));
    ctx.db.close();
    writeFileSync(join(backupsDir(file), 'dafu-20261127-030000-000-scheduled.sqlite3'), Buffer.alloc(4096, 9));
    expect(newestSoundBackup(file)?.name).toBe(good.name);

    writeFileSync(file, Buffer.alloc(8192, 7));
    const { savedCurrent } = restoreBackup(file, join(backupsDir(file), good.name), new Date('2026-11-27T05:00:00Z'));
    expect(savedCurrent?.reason).toBe('damaged');
    expect(readdirSync(backupsDir(file))).toContain(savedCurrent!.name);
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) AS n FROM drafts').pluck().get()).toBe(0);
    db.close();
  });

  it('refuse to restore a file that is damaged, foreign or from a newer app, leaving the store as it was', () => {
    const file = tempDb();
    makeTestContext(file).ctx.db.close();
    const junk = join(backupsDir(file), 'junk.sqlite3');
    takeBackup(openDatabase(file), file, 'manual', new Date());
    writeFileSync(junk, 'not a database');
    expect(() => restoreBackup(file, junk, new Date())).toThrow(/损坏或不是数据库/);
    const foreign = join(tmpdir(), `foreign-${Date.now()}.sqlite3`);
    new Database(foreign).exec('CREATE TABLE t (x)');
    expect(() => restoreBackup(file, foreign, new Date())).toThrow(/不是答复函起草助手的数据库/);
    expect(existsSync(file)).toBe(true);
  });
});
