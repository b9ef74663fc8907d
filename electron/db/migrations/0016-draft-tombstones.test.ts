import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPurged, purgedDrafts, purgeDraftHere } from '../../services/drafts/records/draftEvents';
import { backupsDir, checkBackupFile, listBackups } from '../backups';
import { migrate } from '../migrate';
import { openDatabase } from '../open';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';
import { storeBefore } from '../../testing/storeBefore';

const first = { draftId: '5b0e3c1a-0000-4000-8000-000000000001', at: '2026-05-10T01:00:00.000Z' };
const second = { draftId: '5b0e3c1a-0000-4000-8000-000000000002', at: '2026-05-09T08:00:00.000Z' };

/** A store at version 15 as that version kept its 彻底删除 tombstones: one JSON list in settings. */
function storeAt15(file = ':memory:') {
  const db = storeBefore(16, file);
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  setting.run('drafts.purged', JSON.stringify([first, second]));
  setting.run('bureauProfile', JSON.stringify({ fullName: '柳州市商务局' }));
  return db;
}

describe('migration 16 (彻底删除 tombstones in a table of their own)', () => {
  it('carries every tombstone, in the order recorded, out of settings', () => {
    const db = storeAt15();
    migrate(db, MIGRATIONS);
    expect(purgedDrafts(db)).toEqual([first, second]);
    expect(isPurged(db, second.draftId)).toBe(true);
    expect(db.prepare("SELECT key FROM settings WHERE key IN ('drafts.purged', 'bureauProfile')").pluck().all()).toEqual(['bureauProfile']);
    expect(damagedRecords(db)).toEqual([]);
  });

  it('a later 彻底删除 adds its tombstone once; a damaged tombstone is caught and named', () => {
    const db = storeAt15();
    migrate(db, MIGRATIONS);
    const third = { draftId: '5b0e3c1a-0000-4000-8000-000000000003', at: '2026-05-11T02:00:00.000Z' };
    purgeDraftHere(db, third.draftId, third.at);
    purgeDraftHere(db, third.draftId, '2026-05-12T02:00:00.000Z');
    expect(purgedDrafts(db)).toEqual([first, second, third]);
    db.exec('DROP TRIGGER draft_tombstones_row_sum_updated');
    db.prepare('UPDATE draft_tombstones SET purged_at = ? WHERE id = ?').run('2027-01-01T00:00:00.000Z', first.draftId);
    expect(damagedRecords(db).map((record) => [record.table, record.key, record.columns])).toEqual([['draft_tombstones', first.draftId, ['purged_at']]]);
    expect(() => purgedDrafts(db)).toThrow(/彻底删除的草稿记录（5b0e3c1a-0000-4000-8000-000000000001）的彻底删除时间/);
  });

  it('a file at version 15 is backed up as it was and opens upgraded', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-16-')), 'dafu.sqlite3');
    storeAt15(file).close();
    const db = openDatabase(file);
    expect(purgedDrafts(db)).toEqual([first, second]);
    db.close();
    const [backup] = listBackups(file);
    expect(backup.reason).toBe('before-migration');
    expect(checkBackupFile(join(backupsDir(file), backup.name))).toEqual({ sound: true, problems: [] });
  });
});
