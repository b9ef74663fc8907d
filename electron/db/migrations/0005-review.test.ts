import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const DRAFT = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const REVISION = '00000000-0000-4000-8000-000000000001';

function version4WithDraft() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, 4);
  db.prepare(
    `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, review_state, created_at, updated_at)
     VALUES (?, '关于对第011号提案的答复', '[]', '{}', '{"version":1,"blocks":[]}', 0, ?, 'submitted', '2023-05-01T01:00:00Z', '2023-05-01T01:00:00Z')`,
  ).run(DRAFT, REVISION);
  db.prepare(
    `INSERT INTO revisions (id, draft_id, kind, author, created_at, hash, encoding, body, chars) VALUES (?, ?, 'checkpoint', '王晶', '2023-05-01T01:00:00Z', 'h', 'json', X'7B7D', 0)`,
  ).run(REVISION, DRAFT);
  return db;
}

describe('migration 5: review log, comments, pending merges', () => {
  it('keeps existing drafts and their review state, and adds the review tables', () => {
    const db = version4WithDraft();
    const before = db.prepare('SELECT * FROM drafts').all();
    migrate(db, MIGRATIONS, 5);
    expect(db.prepare('SELECT * FROM drafts').all()).toEqual(before);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('review_events', 'comments', 'pending_merges') ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['comments', 'pending_merges', 'review_events']);
  });

  it('requires an anchor on a thread and none on a reply, and removes everything with the draft', () => {
    const db = version4WithDraft();
    migrate(db, MIGRATIONS, 5);
    const add = db.prepare(
      `INSERT INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, created_at) VALUES (?, ?, ?, ?, ?, '请核对数字', '李科长', '2023-05-02T01:00:00Z')`,
    );
    add.run('c1', DRAFT, null, REVISION, '{"block":0,"start":0,"end":1,"quote":"关"}');
    expect(() => add.run('c2', DRAFT, null, REVISION, null)).toThrow(/CHECK/);
    expect(() => add.run('c3', DRAFT, 'c1', REVISION, '{}')).toThrow(/CHECK/);
    add.run('c4', DRAFT, 'c1', REVISION, null);
    db.prepare(
      `INSERT INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_role, revision_id, created_at)
       VALUES ('e1', ?, 'approve', 'submitted', 'approved', '李科长', 'reviewer', ?, '2023-05-02T01:00:00Z')`,
    ).run(DRAFT, REVISION);
    db.prepare("INSERT INTO pending_merges (draft_id, revision_id, created_at) VALUES (?, ?, '2023-05-02T01:00:00Z')").run(DRAFT, REVISION);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(DRAFT);
    for (const table of ['comments', 'review_events', 'pending_merges']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });
});
