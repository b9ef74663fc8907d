import { describe, expect, it } from 'vitest';
import { noticesReadAfter, recordNoticesRead } from '../../services/sync/noticesRead';
import { migrate } from '../migrate';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';
import { storeBefore } from '../../testing/storeBefore';

const TIME = '2026-05-10T01:00:00.000Z';

/** A store at version 17: two drafts, 退回 notices on both, the two first marked 知道了. */
function storeAt17() {
  const db = storeBefore(18);
  const draft = db.prepare(
    "INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at) VALUES (?, '答复', '[]', '{}', '{}', 0, 'r1', ?, ?)",
  );
  const event = db.prepare(
    "INSERT INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_role, revision_id, created_at, received_at) VALUES (?, ?, 'return', 'submitted', 'returned', '李科长', 'reviewer', 'r1', ?, ?)",
  );
  for (const id of ['d1', 'd2']) draft.run(id, TIME, TIME);
  for (const [id, draftId] of [
    ['e1', 'd1'],
    ['e2', 'd2'],
    ['e3', 'd2'],
    ['e4', 'd1'],
  ])
    event.run(id, draftId, TIME, TIME);
  recordNoticesRead(db, [
    { eventId: 'e1', at: TIME },
    { eventId: 'e2', at: TIME },
  ]);
  return db;
}

describe('migration 18 (a 知道了 mark never takes a position already sent)', () => {
  it('keeps each mark at its position, and after 彻底删除 removed the newest one the next mark still comes after every position sent', () => {
    const db = storeAt17();
    migrate(db, MIGRATIONS);
    expect(noticesReadAfter(db, 0, 10)).toEqual([
      { position: 1, eventId: 'e1', at: TIME },
      { position: 2, eventId: 'e2', at: TIME },
    ]);
    const sentUpTo = 2;

    db.prepare("DELETE FROM drafts WHERE id = 'd2'").run();
    expect(recordNoticesRead(db, [{ eventId: 'e4', at: TIME }])).toBe(1);
    expect(noticesReadAfter(db, sentUpTo, 10)).toEqual([{ position: 3, eventId: 'e4', at: TIME }]);
    expect(recordNoticesRead(db, [{ eventId: 'e4', at: TIME }])).toBe(0);
    expect(damagedRecords(db)).toEqual([]);
  });
});
