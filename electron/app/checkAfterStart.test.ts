import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../db/backups';
import { openDatabase } from '../db/open';
import { tamperRows } from '../testing/tamper';
import { startServices } from './services';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dafu-check-after-start-')), 'dafu.sqlite3');

describe('the app and its host check the store in full after start', () => {
  it('answer at once, then find damage only the full check sees, and open in recovery without backing it up', async () => {
    const file = tempDb();
    const first = startServices(file, { scheduledBackups: true });
    const created = await first.dispatch('drafts.create', { templateId: 'zhengxie-lead' });
    await first.upkeep();
    expect(await first.dispatch('store.health', {})).toMatchObject({ ok: true, value: { status: 'sound', checking: false, damagedDrafts: 0 } });
    expect(listBackups(file).map((backup) => backup.reason)).toEqual(['scheduled']);
    first.close();
    // A flipped id: the revision now names a draft that does not exist. Every page is well formed.
    const db = openDatabase(file);
    db.pragma('foreign_keys = OFF');
    tamperRows(db, 'revisions', "draft_id = 'a-draft-that-is-not-there'", 'draft_id = ?', (created as { value: { id: string } }).value.id);
    db.close();
    // The day's backup is due again on this start: the full check must refuse it.
    rmSync(backupsDir(file), { recursive: true });

    const services = startServices(file, { scheduledBackups: true });
    expect(await services.dispatch('store.health', {})).toMatchObject({ ok: true, value: { status: 'sound', checking: true } });
    expect(await services.dispatch('drafts.list', {})).toMatchObject({ ok: true, value: [{ id: (created as { value: { id: string } }).value.id }] });

    await services.upkeep();
    expect(await services.dispatch('store.health', {})).toMatchObject({
      ok: true,
      value: { status: 'damaged', checking: false, problem: expect.stringMatching(/已损坏.*备份恢复/) },
    });
    expect(await services.dispatch('drafts.list', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/已损坏/) } });
    expect(listBackups(file)).toEqual([]);
    services.close();
  });

  it('mark a draft whose title is damaged in the list at once, and one whose text is damaged once the check has read it', async () => {
    const file = tempDb();
    const first = startServices(file);
    const ids: string[] = [];
    for (let n = 0; n < 2; n++) ids.push(((await first.dispatch('drafts.create', { templateId: 'zhengxie-lead' })) as { value: { id: string } }).value.id);
    first.close();
    const db = openDatabase(file);
    tamperRows(db, 'drafts', "title = title || '改'", 'id = ?', ids[0]);
    tamperRows(db, 'drafts', "content = replace(content, '答复', '答夏')", 'id = ?', ids[1]);
    db.close();

    const services = startServices(file, { scheduledBackups: true });
    const listed = async () =>
      new Map(((await services.dispatch('drafts.list', {})) as { value: { id: string; damaged?: boolean }[] }).value.map((d) => [d.id, d.damaged]));
    expect((await listed()).get(ids[0])).toBe(true);
    expect(await services.dispatch('store.health', {})).toMatchObject({ ok: true, value: { checking: true, damagedDrafts: 0 } });
    await services.upkeep();
    expect(await services.dispatch('store.health', {})).toMatchObject({ ok: true, value: { status: 'sound', checking: false, damagedDrafts: 2 } });
    expect(await listed()).toEqual(
      new Map([
        [ids[0], true],
        [ids[1], true],
      ]),
    );
    services.close();
  });
});
