import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { refreshIndexes } from '../../services/search/searchIndex';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const CONTENT = JSON.stringify({
  version: 1,
  blocks: [
    {
      role: 'title',
      inlines: [
        { t: 'text', text: '关于对' },
        { t: 'field', name: 'proposalNumber' },
        { t: 'text', text: '提案的答复' },
      ],
    },
    { role: 'body', inlines: [{ t: 'text', text: '经研究，现答复如下：' }] },
  ],
});

function version2WithData() {
  const db = new Database(':memory:');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 2),
  );
  db.prepare(
    `INSERT INTO cases (id, kind, session, number, title, proposer, role, assigned_on, due_on, created_at, updated_at)
     VALUES ('c1', 'zhengxie', '十三届三次会议', '第011号', '关于发挥质量强市标杆作用的建议', '九三学社', 'lead', '2023-03-10', '2023-06-10', 't', 't')`,
  ).run();
  db.prepare(
    `INSERT INTO drafts (id, title, case_id, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
     VALUES ('d1', '关于对第011号提案的答复', 'c1', '[]', '{"proposalNumber":"011"}', ?, 0, 'r1', 't', 't')`,
  ).run(CONTENT);
  return db;
}

const docs = (db: Database.Database) => db.prepare('SELECT type, ref_id AS ref, title, body FROM search_docs ORDER BY id').all();
/** What the search service finds: the index brought up to date first (see searchIndex.ts). */
const trigramHits = (db: Database.Database, query: string) => {
  refreshIndexes(db);
  return db.prepare('SELECT rowid FROM search_trigrams WHERE search_trigrams MATCH ?').all(`"${query}"`).length;
};

describe('migration 3 (cases and search)', () => {
  it('keeps existing cases and drafts, keys the case and indexes both with the draft text read from its runs and fields', () => {
    const db = version2WithData();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    expect(db.prepare('SELECT case_key, proposal_text, satisfaction FROM cases').get()).toEqual({
      case_key: 'zhengxie|十三届三次|11',
      proposal_text: '',
      satisfaction: null,
    });
    expect(docs(db)).toEqual([
      { type: 'case', ref: 'c1', title: '关于发挥质量强市标杆作用的建议', body: '第011号 十三届三次会议 九三学社\n' },
      { type: 'draft', ref: 'd1', title: '关于对第011号提案的答复', body: '关于对011提案的答复\n经研究，现答复如下：' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM search_stale').get()).toEqual({ n: 2 });
    expect(trigramHits(db, '质量强市')).toBe(1);
  });

  it('follows later edits, trash and purge through triggers', () => {
    const db = version2WithData();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    db.prepare("UPDATE drafts SET content = json_replace(content, '$.blocks[1].inlines[0].text', '会同市财政局研究办理。') WHERE id = 'd1'").run();
    expect(trigramHits(db, '市财政局')).toBe(1);
    expect(trigramHits(db, '现答复如下')).toBe(0);
    db.prepare("UPDATE drafts SET deleted_at = 'now' WHERE id = 'd1'").run();
    expect(trigramHits(db, '市财政局')).toBe(0);
    db.prepare("UPDATE drafts SET deleted_at = NULL WHERE id = 'd1'").run();
    expect(trigramHits(db, '市财政局')).toBe(1);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    db.prepare("UPDATE cases SET proposal_text = '建议加快推进标准化建设' WHERE id = 'c1'").run();
    expect(trigramHits(db, '标准化建设')).toBe(1);
    expect(docs(db)).toHaveLength(1);
  });
});
