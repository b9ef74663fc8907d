import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';
import { storeBefore } from '../../testing/storeBefore';

function storeBefore15() {
  const db = storeBefore(15);
  const time = '2024-03-10T01:00:00.000Z';
  for (const [id, number] of [
    ['c1', '86'],
    ['c2', '87'],
  ])
    db.prepare(
      "INSERT INTO cases (id, kind, session, number, title, proposer, role, case_key, created_at, updated_at) VALUES (?, 'renda', '十七届五次会议', ?, '关于加强校园周边交通安全的建议', '王晓燕', 'lead', ?, ?, ?)",
    ).run(id, number, `renda|${number}`, time, time);
  return db;
}

describe('migration 15 (领衔 and 附议 proposers)', () => {
  it('keeps each case’s proposer as its 领衔, with no 附议 yet, its checksum still sound', () => {
    const db = storeBefore15();
    const searchText = () => db.prepare("SELECT body FROM search_docs WHERE type = 'case' ORDER BY ref_id").pluck().all();
    const before = searchText();
    migrate(db, MIGRATIONS);
    expect(searchText()).toEqual(before);
    expect(db.prepare('SELECT id, proposer, co_proposers FROM cases ORDER BY id').all()).toEqual([
      { id: 'c1', proposer: '王晓燕', co_proposers: '[]' },
      { id: 'c2', proposer: '王晓燕', co_proposers: '[]' },
    ]);
    expect(damagedRecords(db)).toEqual([]);
    db.prepare(`UPDATE cases SET co_proposers = '["李强","赵敏"]' WHERE id = 'c1'`).run();
    expect(damagedRecords(db)).toEqual([]);
    expect(searchText()[0]).toContain('王晓燕 李强 赵敏');
    expect(() => db.prepare(`UPDATE cases SET co_proposers = '李强' WHERE id = 'c2'`).run()).toThrow(/CHECK/);
  });

  it('a case damaged before the upgrade is still found damaged after it', () => {
    const db = storeBefore15();
    db.prepare(`UPDATE cases SET row_sum = 'ffffffff' || substr(row_sum, 9) WHERE id = 'c2'`).run();
    migrate(db, MIGRATIONS);
    expect(damagedRecords(db).map((record) => [record.table, record.key, record.columns])).toEqual([['cases', 'c2', ['id']]]);
  });
});
