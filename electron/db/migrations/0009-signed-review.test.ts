import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { eventHash } from '../../../shared/review/reviewEvent';
import { verdictLabel } from '../../../shared/review/verdicts';
import { sm2Port } from '../../../shared/signing/sm2';
import { replayLog } from '../../../shared/trust/replay';
import { migrate } from '../migrate';
import { eventFromRow, type ReviewEventRow } from '../reviewLog/reviewEventRows';
import { damagedRecords } from '../rowSums/damagedRecords';
import { MIGRATIONS } from './index';

const DRAFT = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const REVISION = '00000000-0000-4000-8000-000000000001';

/** A PC at schema 8: 王晶 submitted a draft, 李科长 returned it; both have said who they are here. */
function version8WithReview() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS, 8);
  const time = '2023-05-01T01:00:00.000Z';
  db.prepare(
    `INSERT INTO drafts (id, title, field_definitions, fields, content, chars, head_revision_id, review_state, created_at, updated_at)
     VALUES (?, '关于对第011号提案的答复', '[]', '{}', '{"version":1,"blocks":[]}', 0, ?, 'returned', ?, ?)`,
  ).run(DRAFT, REVISION, time, time);
  db.prepare(
    `INSERT INTO revisions (id, draft_id, kind, author, created_at, hash, encoding, body, chars) VALUES (?, ?, 'checkpoint', '王晶', ?, ?, 'json', X'7B7D', 0)`,
  ).run(REVISION, DRAFT, time, 'ab'.repeat(32));
  const event = db.prepare(
    `INSERT INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_unit, actor_role, reason, revision_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  event.run(
    '00000000-0000-4000-9000-000000000001',
    DRAFT,
    'submit',
    'drafting',
    'submitted',
    '王晶',
    '综合科',
    'drafter',
    null,
    REVISION,
    '2023-05-02T01:00:00.000Z',
  );
  event.run(
    '00000000-0000-4000-9000-000000000002',
    DRAFT,
    'return',
    'submitted',
    'returned',
    '李科长',
    '综合科',
    'reviewer',
    '请补充年份',
    REVISION,
    '2023-05-03T01:00:00.000Z',
  );
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  setting.run('review.currentUser', JSON.stringify({ name: '王晶', unit: '综合科', role: 'drafter' }));
  setting.run(
    'review.knownUsers',
    JSON.stringify([
      { name: '王晶', unit: '综合科', role: 'drafter' },
      { name: '李科长', unit: '综合科', role: 'reviewer' },
    ]),
  );
  return db;
}

const setting = (db: Database.Database, key: string) => JSON.parse(db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string);

describe('migration 9: users with ids, and a review log that signatures can cover', () => {
  it('gives each user an id, the same one wherever they are listed, and the PC an id', () => {
    const db = version8WithReview();
    migrate(db, MIGRATIONS, 9);
    const current = setting(db, 'review.currentUser');
    const known = setting(db, 'review.knownUsers');
    expect(current).toMatchObject({ name: '王晶', unit: '综合科', role: 'drafter', permissions: [], id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(known[0].id).toBe(current.id);
    expect(known[1].id).not.toBe(current.id);
    expect(setting(db, 'device.id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps every event as it was, names its actor by id and this PC, and chains them so they replay here as 未签名（旧版本）', () => {
    const db = version8WithReview();
    const before = db
      .prepare('SELECT id, action, from_state, to_state, actor, actor_unit, actor_role, reason, revision_id, created_at FROM review_events')
      .all();
    migrate(db, MIGRATIONS, 9);
    expect(
      db.prepare('SELECT id, action, from_state, to_state, actor, actor_unit, actor_role, reason, revision_id, created_at FROM review_events').all(),
    ).toEqual(before);
    const rows = db.prepare('SELECT * FROM review_events ORDER BY created_at').all() as ReviewEventRow[];
    const deviceId = setting(db, 'device.id');
    const known = setting(db, 'review.knownUsers');
    expect(rows.map((row) => [row.actor_id, row.device_id, row.origin, row.signature, row.revision_hash])).toEqual([
      [known[0].id, deviceId, 'here', null, 'ab'.repeat(32)],
      [known[1].id, deviceId, 'here', null, 'ab'.repeat(32)],
    ]);
    const events = rows.map(eventFromRow);
    expect(events[0].prev).toBeNull();
    expect(events[1].prev).toBe(eventHash(sm2Port, events[0]));
    const facts = {
      draftId: DRAFT,
      revisionHashes: new Map([[REVISION, 'ab'.repeat(32)]]),
      firstSeen: new Map(),
      madeHere: new Set(events.map((event) => event.id)),
    };
    const replay = replayLog(events, facts, { list: null, localKeys: new Map(), deviceId }, sm2Port);
    expect(replay.state).toBe('returned');
    expect(events.map((event) => verdictLabel(replay.verdicts.get(event.id)!))).toEqual(['未签名（旧版本）', '未签名（旧版本）']);
  });

  it('accepts 代录签发, keeps every row summed, and adds the key tables', () => {
    const db = version8WithReview();
    migrate(db, MIGRATIONS, 9);
    db.prepare(
      `INSERT INTO review_events (id, draft_id, action, from_state, to_state, actor, actor_role, signer, signed_on, revision_id, created_at) VALUES ('e3', ?, 'paperSign', 'approved', 'signed', '陈秘书', 'drafter', '张局长', '2023-05-04', ?, '2023-05-04T01:00:00.000Z')`,
    ).run(DRAFT, REVISION);
    // The key tables it adds get their sums in the next migration; every row of every table is then summed.
    migrate(db, MIGRATIONS, 10);
    expect(damagedRecords(db)).toEqual([]);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('local_keys', 'key_lists', 'trust_log', 'revision_signatures') ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['key_lists', 'local_keys', 'revision_signatures', 'trust_log']);
    db.prepare('DELETE FROM drafts').run();
    expect(db.prepare('SELECT count(*) FROM review_events').pluck().get()).toBe(0);
  });
});
