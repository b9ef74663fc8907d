import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, checkBackupFile, listBackups } from '../backups';
import { migrate } from '../migrate';
import { openDatabase } from '../open';
import { damagedRecords } from '../rowSums/damagedRecords';
import { CASE_EVENTS, DRAFT_EVENTS, readValueEvents } from '../valueEventRows';
import { onServerIds } from '../../services/revisions/graph/sharedRevisions';
import { MIGRATIONS } from './index';
import { storeBefore } from '../../testing/storeBefore';

const time = '2026-05-10T01:00:00.000Z';
const renamed = { id: '7a1c0c1e-0000-4000-8000-000000000001', field: 'name', value: '夜间经济答复', at: time, by: '王晶', accepted: 12 };
const trashed = { id: '7a1c0c1e-0000-4000-8000-000000000002', field: 'trash', value: time, at: time, by: '赵敏', accepted: null };
const dueOn = { id: '7a1c0c1e-0000-4000-8000-000000000003', field: 'dueOn', value: '"2026-07-01"', at: time, by: '王晶', accepted: 3 };

/** A store at version 13 as that version kept its sync bookkeeping: JSON lists in settings. */
function storeAt13(file = ':memory:') {
  const db = storeBefore(14, file);
  db.prepare(
    "INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at) VALUES ('d1', '答复', '[]', '{}', '{}', 0, 'r1', ?, ?)",
  ).run(time, time);
  db.prepare(
    "INSERT INTO cases (id, kind, session, number, title, proposer, role, case_key, status, created_at, updated_at) VALUES ('c1', 'zhengxie', '十三届三次', '011', '关于夜间经济的提案', '王委员', 'lead', 'k1', 'pending', ?, ?)",
  ).run(time, time);
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  setting.run('drafts.events.d1', JSON.stringify([renamed, trashed]));
  setting.run('cases.events.c1', JSON.stringify([dueOn]));
  setting.run('revisions.onServer.d1', JSON.stringify(['r1', 'r2']));
  // Left behind by a draft 彻底删除 under version 13.
  setting.run('revisions.onServer.gone', JSON.stringify(['r9']));
  setting.run('bureauProfile', JSON.stringify({ fullName: '柳州市商务局' }));
  return db;
}

describe('migration 14 (sync bookkeeping in tables of its own)', () => {
  it("carries each draft's and case's events, in order, and the revisions the server holds, out of settings", () => {
    const db = storeAt13();
    migrate(db, MIGRATIONS);
    expect(readValueEvents(db, DRAFT_EVENTS, 'd1')).toEqual([renamed, trashed]);
    expect(readValueEvents(db, CASE_EVENTS, 'c1')).toEqual([dueOn]);
    expect([...onServerIds(db, 'd1')].sort()).toEqual(['r1', 'r2']);
    expect(db.prepare("SELECT key FROM settings WHERE key LIKE '%.%.%' OR key = 'bureauProfile'").pluck().all()).toEqual(['bureauProfile']);
    expect(db.prepare('SELECT count(*) FROM revisions_on_server').pluck().get()).toBe(2);
    expect(damagedRecords(db)).toEqual([]);
  });

  it('goes with its draft when the draft is 彻底删除, and a damaged event is caught', () => {
    const db = storeAt13();
    migrate(db, MIGRATIONS);
    db.prepare("UPDATE draft_events SET value = '改过的名字' WHERE id = ?").run(renamed.id);
    expect(damagedRecords(db)).toEqual([]);
    db.exec('DROP TRIGGER draft_events_row_sum_updated');
    db.prepare("UPDATE draft_events SET value = '磁盘上被改的名字' WHERE id = ?").run(renamed.id);
    expect(damagedRecords(db).map((record) => [record.table, record.columns])).toEqual([['draft_events', ['value']]]);
    expect(() => readValueEvents(db, DRAFT_EVENTS, 'd1')).toThrow(/草稿改名和回收站记录/);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM draft_events').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM revisions_on_server').pluck().get()).toBe(0);
  });

  it('a file at version 13 is backed up as it was (a sound backup, though it lacks the new tables) and opens upgraded', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-14-')), 'dafu.sqlite3');
    storeAt13(file).close();
    const db = openDatabase(file);
    expect(readValueEvents(db, DRAFT_EVENTS, 'd1')).toEqual([renamed, trashed]);
    db.close();
    const [backup] = listBackups(file);
    expect(backup.reason).toBe('before-migration');
    expect(checkBackupFile(join(backupsDir(file), backup.name))).toEqual({ sound: true, problems: [] });
  });
});
