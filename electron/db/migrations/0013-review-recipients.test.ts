import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';
import { storeBefore } from '../../testing/storeBefore';

function storeBefore13() {
  const db = storeBefore(13);
  const time = '2026-05-10T01:00:00.000Z';
  db.prepare(
    "INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at) VALUES ('d1', '答复', '[]', '{}', '{}', 0, 'r1', ?, ?)",
  ).run(time, time);
  for (const id of ['e1', 'e2'])
    db.prepare(
      "INSERT INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_role, revision_id, created_at, received_at) VALUES (?, 'd1', 'submit', 'drafting', 'submitted', '王晶', 'drafter', 'r1', ?, ?)",
    ).run(id, time, time);
  return db;
}

describe('migration 13 (whom a review step was sent to)', () => {
  it('keeps every logged event as it was, sent to no one, its checksum still sound', () => {
    const db = storeBefore13();
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT id, sent_to FROM review_events ORDER BY id').all()).toEqual([
      { id: 'e1', sent_to: null },
      { id: 'e2', sent_to: null },
    ]);
    expect(damagedRecords(db)).toEqual([]);
    db.prepare(`UPDATE review_events SET sent_to = '[]' WHERE id = 'e1'`).run();
    expect(damagedRecords(db)).toEqual([]);
  });

  it('an event damaged before the upgrade is still found damaged after it', () => {
    const db = storeBefore13();
    db.prepare(`UPDATE review_events SET row_sum = 'ffffffff' || substr(row_sum, 9) WHERE id = 'e2'`).run();
    migrate(db, MIGRATIONS);
    expect(damagedRecords(db).map((record) => [record.table, record.key, record.columns])).toEqual([['review_events', 'e2', ['id']]]);
  });
});
