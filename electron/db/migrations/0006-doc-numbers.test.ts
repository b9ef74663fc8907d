import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const DRAFT = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

function version5WithDraft() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, 5);
  db.prepare(
    `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
     VALUES (?, '关于对第011号提案的答复', '[]', '{}', '{"version":1,"blocks":[]}', 0, 'r', '2023-05-01T01:00:00Z', '2023-05-01T01:00:00Z')`,
  ).run(DRAFT);
  return db;
}

const issue = (db: Database.Database, id: string, number: number, draftId: string | null = DRAFT) =>
  db
    .prepare(
      `INSERT INTO doc_numbers (id, series, year, number, text, draft_id, draft_title, issued_by, issued_at)
       VALUES (?, '柳市监函〔{年}〕{号}号', 2023, ?, ?, ?, '关于对第011号提案的答复', '王晶', '2023-05-02T01:00:00Z')`,
    )
    .run(id, number, `柳市监函〔2023〕${number}号`, draftId);

describe('migration 6: the 发文登记', () => {
  it('keeps existing drafts and adds the register', () => {
    const db = version5WithDraft();
    const before = db.prepare('SELECT * FROM drafts').all();
    migrate(db, MIGRATIONS, 6);
    expect(db.prepare('SELECT * FROM drafts').all()).toEqual(before);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'doc_numbers'").pluck().get()).toBe('doc_numbers');
  });

  it('never holds one number twice in a series and year, wants a reason with a voided number, and keeps the record when the draft goes', () => {
    const db = version5WithDraft();
    migrate(db, MIGRATIONS, 6);
    issue(db, 'n1', 1);
    expect(() => issue(db, 'n2', 1)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE doc_numbers SET voided_at = '2023-05-03T01:00:00Z' WHERE id = 'n1'").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(DRAFT);
    expect(db.prepare('SELECT draft_id, draft_title FROM doc_numbers').get()).toEqual({ draft_id: null, draft_title: '关于对第011号提案的答复' });
  });
});
