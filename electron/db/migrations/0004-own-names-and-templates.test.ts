import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

describe('migration 4 (own names and templates)', () => {
  it('adds an empty name to drafts that already exist and keeps everything else', () => {
    const db = new Database(':memory:');
    const before = MIGRATIONS.filter((m) => m.version < 4);
    migrate(db, before);
    db.prepare(
      `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
       VALUES ('d1', '关于对第011号提案的答复', '[]', '{}', '{"version":1,"blocks":[]}', 0, 'r1', '2023-05-01T01:00:00Z', '2023-05-01T01:00:00Z')`,
    ).run();
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT title, name FROM drafts').get()).toEqual({ title: '关于对第011号提案的答复', name: null });
    expect(db.prepare('SELECT count(*) FROM own_templates').pluck().get()).toBe(0);
  });
});
