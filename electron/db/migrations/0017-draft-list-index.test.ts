import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listDrafts } from '../../services/drafts/records/draftRecords';
import { migrate } from '../migrate';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';
import { storeBefore } from '../../testing/storeBefore';

const ALL = { sql: '1', params: [] };

/** A store at version 16 with three drafts, one of them in the 回收站; every statement it runs is kept in `ran`. */
function storeAt16() {
  const ran: string[] = [];
  const db = storeBefore(17, ':memory:', { verbose: (sql) => ran.push(String(sql)) });
  const insert = db.prepare(
    "INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at, deleted_at) VALUES (?, ?, '[]', '{}', '{}', 120, 'r1', ?, ?, ?)",
  );
  insert.run('d1', '关于加快老旧小区改造的答复', '2026-03-01T01:00:00.000Z', '2026-03-02T01:00:00.000Z', null);
  insert.run('d2', '关于规范校外培训的答复', '2026-03-03T01:00:00.000Z', '2026-05-04T01:00:00.000Z', null);
  insert.run('d3', '关于增设公交站点的答复', '2026-03-05T01:00:00.000Z', '2026-06-06T01:00:00.000Z', '2026-06-07T01:00:00.000Z');
  return { db, ran };
}

/** How SQLite reads the statement the draft list runs first. */
function firstStepPlan(db: Database.Database, ran: string[]): string {
  ran.length = 0;
  listDrafts(db, ALL);
  const first = ran.find((sql) => /^SELECT d\.id, d\.row_sum FROM drafts/.test(sql))!;
  return (db.prepare(`EXPLAIN QUERY PLAN ${first}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
}

describe('migration 17 (the draft list read from an index alone)', () => {
  it('lists the same live drafts, newest first, reading only the new index for its first step', () => {
    const { db, ran } = storeAt16();
    const before = listDrafts(db, ALL);
    expect(firstStepPlan(db, ran)).not.toMatch(/COVERING INDEX drafts_listed/);
    migrate(db, MIGRATIONS);
    expect(firstStepPlan(db, ran)).toMatch(/SEARCH d USING COVERING INDEX drafts_listed \(deleted_at=\?\)/);
    expect(firstStepPlan(db, ran)).not.toMatch(/TEMP B-TREE/);
    expect(listDrafts(db, ALL)).toEqual(before);
    expect(before.map((draft) => draft.id)).toEqual(['d2', 'd1']);
    expect(damagedRecords(db)).toEqual([]);
  });

  it('a save after the upgrade moves the draft to the top of the list, its new checksum read from the index', () => {
    const { db } = storeAt16();
    migrate(db, MIGRATIONS);
    db.prepare("UPDATE drafts SET title = '关于加快老旧小区改造工作的答复', updated_at = '2026-07-01T01:00:00.000Z' WHERE id = 'd1'").run();
    expect(listDrafts(db, ALL).map((draft) => [draft.id, draft.title, draft.damaged ?? false])).toEqual([
      ['d1', '关于加快老旧小区改造工作的答复', false],
      ['d2', '关于规范校外培训的答复', false],
    ]);
  });
});
