import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { makeTestContext } from '../../testing/testContext';
import { runCli } from '../run';
import { fakeIo, seededDatabase } from '../../testing/storeFixture';

describe('dafu restore', () => {
  it('keeps the current database in backups/, then puts the backup in its place with every revision', async () => {
    const { file, reported } = await seededDatabase('dafu-restore-');
    const copy = join(dirname(file), 'copy.sqlite3');
    expect(await runCli(['backup', '--db', file, '-o', copy], fakeIo().io)).toBe(0);
    const { ctx, handlers } = makeTestContext(file);
    await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    ctx.db.close();

    const { io, out } = fakeIo();
    expect(await runCli(['restore', copy, '--db', file], io)).toBe(0);
    expect(out[0]).toContain('已用');
    expect(out[1]).toMatch(/原来的数据库已另存为 .*before-restore\.sqlite3$/);
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(2);
    for (const [id, hash] of reported) expect(db.prepare('SELECT hash FROM revisions WHERE id = ?').pluck().get(id)).toBe(hash);
    db.close();
  });

  it('creates the database from the backup when there is none yet', async () => {
    const { file } = await seededDatabase('dafu-restore-');
    const target = join(mkdtempSync(join(tmpdir(), 'dafu-restore-new-')), 'dafu.sqlite3');
    const { io, out } = fakeIo();
    expect(await runCli(['restore', file, '--db', target], io)).toBe(0);
    expect(out).toHaveLength(1);
  });

  it('refuses a damaged backup and leaves the database alone', async () => {
    const { file } = await seededDatabase('dafu-restore-');
    const junk = join(dirname(file), 'junk.sqlite3');
    writeFileSync(junk, Buffer.alloc(4096, 1));
    const { io, err } = fakeIo();
    expect(await runCli(['restore', junk, '--db', file], io)).toBe(1);
    expect(err.join('')).toMatch(/不能用这个备份恢复/);
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(2);
    db.close();
  });
});
