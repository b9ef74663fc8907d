import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

describe('migration 7 (the draft that answers a case)', () => {
  it('leaves existing cases without a chosen answer, and purging the chosen draft clears the choice', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 7),
    );
    const time = '2023-03-10T01:00:00Z';
    db.prepare(
      "INSERT INTO cases (id, kind, session, number, title, proposer, role, created_at, updated_at) VALUES ('c1', 'zhengxie', '十三届三次会议', '11', '关于发挥质量强市标杆作用的建议', '九三学社', 'lead', ?, ?)",
    ).run(time, time);
    db.prepare(
      "INSERT INTO drafts (id, title, case_id, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at) VALUES ('d1', '答复', 'c1', '[]', '{}', '{}', 0, 'r1', ?, ?)",
    ).run(time, time);
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT title, answer_draft_id FROM cases').get()).toEqual({ title: '关于发挥质量强市标杆作用的建议', answer_draft_id: null });
    db.prepare("UPDATE cases SET answer_draft_id = 'd1'").run();
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT answer_draft_id FROM cases').pluck().get()).toBeNull();
  });
});
