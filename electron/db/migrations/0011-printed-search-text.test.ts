import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerRowSums } from '../rowSums/rowSums';
import { MIGRATIONS } from './index';

const content = JSON.stringify({
  version: 1,
  blocks: [{ role: 'date', inlines: [{ t: 'field', name: 'signedOn' }] }],
});
const definitions = JSON.stringify([{ name: 'signedOn', label: '成文日期', type: 'date' }]);

describe('migration 11 (printed search text)', () => {
  it('feeds search a draft as it prints and lists every document for re-indexing', () => {
    const db = new Database(':memory:');
    registerRowSums(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 11),
    );
    db.prepare(
      `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
       VALUES ('d1', '答复', ?, '{"signedOn":"2023-05-26"}', ?, 0, 'r1', '2023-05-01T01:00:00Z', '2023-05-01T01:00:00Z')`,
    ).run(definitions, content);
    db.exec('DELETE FROM search_stale');
    const body = db.prepare("SELECT body FROM search_docs WHERE ref_id = 'd1'").pluck();
    expect(body.get()).toBe('2023-05-26');

    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 11),
    );
    expect(body.get()).toBe('2023年5月26日');
    expect(db.prepare('SELECT count(*) FROM search_stale').pluck().get()).toBe(1);

    db.prepare(`UPDATE drafts SET fields = '{"signedOn":"2024-01-02"}' WHERE id = 'd1'`).run();
    expect(body.get()).toBe('2024年1月2日');
  });
});
