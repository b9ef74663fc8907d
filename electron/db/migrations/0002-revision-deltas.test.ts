import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/model/canonicalJson';
import { insertRevision, listRevisions, readSnapshot, snapshotHash } from '../../services/revisions/graph/revisionStore';
import { editLetter, makeLetter, seededRandom } from '../../testing/sampleLetters';
import { migrate } from '../migrate';
import { openDatabase } from '../open';
import { MIGRATIONS } from './index';

const DRAFT = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const revisionId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Writes a draft with a history of `count` revisions (and one parallel line) as version 1 stored it. */
function writeVersion1History(db: Database.Database, count: number) {
  const random = seededRandom(5);
  db.prepare(
    `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, created_at, updated_at)
     VALUES (?, '关于对第011号提案的答复', '[]', '{}', '{"version":1,"blocks":[]}', 0, ?, '2023-05-01T01:00:00Z', '2023-05-01T01:00:00Z')`,
  ).run(DRAFT, revisionId(count));
  const addRevision = db.prepare(
    `INSERT INTO revisions (id, draft_id, kind, author, created_at, note, hash, encoding, body, chars)
     VALUES (?, ?, ?, '王晶', ?, ?, ?, 'json+br', ?, 0)`,
  );
  const addParent = db.prepare('INSERT INTO revision_parents (revision_id, parent_id, position) VALUES (?, ?, ?)');
  let content = makeLetter(2000);
  for (let n = 1; n <= count; n++) {
    const snapshot = { content, fields: { proposalNumber: String(n) } };
    const time = new Date(Date.UTC(2023, 4, 1, 1, n)).toISOString();
    addRevision.run(
      revisionId(n),
      DRAFT,
      n === 1 ? 'checkpoint' : 'auto',
      time,
      n === 1 ? '由模板新建' : null,
      snapshotHash(snapshot),
      brotliCompressSync(canonicalJson(snapshot)),
    );
    if (n > 1) addParent.run(revisionId(n), revisionId(n === count ? 2 : n - 1), 0);
    content = editLetter(content, random);
  }
}

const everyRevisionRow = (db: Database.Database) =>
  db.prepare('SELECT id, draft_id, kind, author, created_at, note, hash, encoding, body, chars FROM revisions ORDER BY rowid').all();
const everyParentRow = (db: Database.Database) => db.prepare('SELECT * FROM revision_parents ORDER BY revision_id, position').all();

describe('migration 2: revisions stored as deltas', () => {
  it('keeps every revision row and parent link, and the links still point at the rebuilt table', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, 1);
    writeVersion1History(db, 12);
    const revisionsBefore = everyRevisionRow(db);
    const parentsBefore = everyParentRow(db);

    migrate(db, MIGRATIONS, 2);

    expect(everyRevisionRow(db)).toEqual(revisionsBefore);
    expect(everyParentRow(db)).toEqual(parentsBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const links = db.pragma('foreign_key_list(revision_parents)') as { table: string }[];
    expect(links.map((link) => link.table)).toEqual(['revisions', 'revisions']);
    const revisionLinks = db.pragma('foreign_key_list(revisions)') as { table: string; from: string }[];
    expect(revisionLinks.map((link) => `${link.from}→${link.table}`).sort()).toEqual(['base_id→revisions', 'draft_id→drafts']);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(DRAFT);
    expect(db.prepare('SELECT count(*) FROM revision_parents').pluck().get()).toBe(0);
  });

  it('opens a version-1 database file with revisions, upgrades it and reads every revision with its hash intact', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-v1-')), 'dafu.sqlite3');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, MIGRATIONS, 1);
    writeVersion1History(old, 30);
    old.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const revisions = listRevisions(db, DRAFT);
    expect(revisions).toHaveLength(30);
    expect(revisions[29].parents).toEqual([revisionId(2)]);
    for (const revision of revisions) expect(snapshotHash(readSnapshot(db, revision.id))).toBe(revision.hash);

    const head = readSnapshot(db, revisionId(30));
    const next = insertRevision(db, {
      draftId: DRAFT,
      kind: 'checkpoint',
      parents: [revisionId(30)],
      author: '王晶',
      time: '2023-05-02T01:00:00Z',
      content: editLetter(head.content, seededRandom(1)),
      fields: head.fields,
      chars: 0,
    });
    expect(db.prepare('SELECT encoding, base_id FROM revisions WHERE id = ?').get(next.id)).toEqual({ encoding: 'delta+br', base_id: revisionId(30) });
    expect(snapshotHash(readSnapshot(db, next.id))).toBe(next.hash);
  });
});
