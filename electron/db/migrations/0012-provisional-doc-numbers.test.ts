import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';

describe('migration 12 (provisional 发文字号)', () => {
  it('keeps every number taken before as confirmed, its checksum sound, and a damaged mark is caught', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 12),
    );
    db.prepare(
      `INSERT INTO doc_numbers (id, series, year, number, text, draft_id, draft_title, issued_by, issued_at)
       VALUES ('n1', '柳商函〔{年}〕{号}号', 2026, 7, '柳商函〔2026〕7号', NULL, '关于夜间经济提案的答复', '王晶', '2026-05-10T01:00:00.000Z')`,
    ).run();
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT number, provisional FROM doc_numbers').get()).toEqual({ number: 7, provisional: 0 });
    expect(damagedRecords(db, ['doc_numbers'])).toEqual([]);
    db.prepare("UPDATE doc_numbers SET provisional = 1 WHERE id = 'n1'").run();
    expect(damagedRecords(db, ['doc_numbers'])).toEqual([]);
    // A write that bypasses the triggers (damage on disk) no longer matches the row's checksum.
    db.exec('DROP TRIGGER doc_numbers_row_sum_updated');
    db.prepare("UPDATE doc_numbers SET provisional = 0 WHERE id = 'n1'").run();
    expect(damagedRecords(db, ['doc_numbers']).map((record) => record.columns)).toEqual([['provisional']]);
  });
});
