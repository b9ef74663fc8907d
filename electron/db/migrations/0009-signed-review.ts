import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { eventHash } from '../../../shared/review/reviewEvent';
import { sm2Port } from '../../../shared/signing/sm2';
import { eventFromRow, type ReviewEventRow } from '../reviewLog/reviewEventRows';
import { installRowSums, registerRowSums } from '../rowSums/rowSums';

/** This PC's id, kept in settings: events logged before signing carry it, and count only here. */
export const DEVICE_SETTING = 'device.id';

interface StoredUser {
  name?: unknown;
  unit?: unknown;
  id?: unknown;
  permissions?: unknown;
}

/**
 * Approvals you can prove. Users get stable ids (the current and recent users in settings keep
 * theirs from now on); the PC gets an id. The review log can hold 代录签发, and each event the
 * fields its signature covers: the actor's id, the revision's hash, the chain hash of the event
 * before it, the PC that logged it, the signature, and when and how it reached this PC. Events
 * logged so far are kept as they are, unsigned, chained in the order they were logged, and marked
 * as this PC's. New tables hold the public halves of keys made here, the bureau key lists received,
 * the log of pinning the bureau root, and signatures on revisions. Private keys never enter the file.
 */
export function up(db: Database): void {
  registerRowSums(db);
  const deviceId = randomUUID();
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(DEVICE_SETTING, JSON.stringify(deviceId));
  const userIds = giveUsersIds(db);

  db.exec(`
    CREATE TABLE review_events_signed (
      id TEXT PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      action TEXT NOT NULL CHECK (action IN ('submit', 'return', 'approve', 'sign', 'paperSign', 'withdrawSign', 'issue')),
      from_state TEXT NOT NULL,
      to_state TEXT NOT NULL,
      actor TEXT NOT NULL,
      actor_unit TEXT NOT NULL DEFAULT '',
      actor_role TEXT NOT NULL CHECK (actor_role IN ('drafter', 'reviewer', 'signer')),
      reason TEXT,
      signer TEXT,
      signed_on TEXT,
      revision_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      row_sum TEXT,
      actor_id TEXT NOT NULL DEFAULT '',
      revision_hash TEXT NOT NULL DEFAULT '',
      prev_hash TEXT,
      device_id TEXT NOT NULL DEFAULT '',
      encoding INTEGER NOT NULL DEFAULT 1,
      signature TEXT,
      received_at TEXT NOT NULL DEFAULT '',
      origin TEXT NOT NULL DEFAULT 'here' CHECK (origin IN ('here', 'package'))
    ) STRICT;
    INSERT INTO review_events_signed (id, draft_id, action, from_state, to_state, actor, actor_unit, actor_role, reason, signer, signed_on, revision_id, created_at, received_at)
      SELECT id, draft_id, action, from_state, to_state, actor, actor_unit, actor_role, reason, signer, signed_on, revision_id, created_at, created_at
      FROM review_events ORDER BY rowid;
    DROP TABLE review_events;
    ALTER TABLE review_events_signed RENAME TO review_events;
    CREATE INDEX review_events_by_draft ON review_events(draft_id, created_at);

    CREATE TABLE local_keys (
      public_key TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE key_lists (
      root_fingerprint TEXT NOT NULL,
      serial INTEGER NOT NULL,
      list TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (root_fingerprint, serial)
    ) STRICT;
    CREATE TABLE trust_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('pin', 'repin')),
      fingerprint TEXT NOT NULL,
      previous TEXT,
      by_user TEXT NOT NULL
    ) STRICT;
    CREATE TABLE revision_signatures (
      revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
      signer_key TEXT NOT NULL,
      signed TEXT NOT NULL,
      PRIMARY KEY (revision_id, signer_key)
    ) STRICT;
  `);
  chainLoggedEvents(db, deviceId, userIds);
  installRowSums(db, 'review_events');
}

/** The current and recent users get an id each (the same person in both, one id) and no permissions. */
function giveUsersIds(db: Database): Map<string, string> {
  const ids = new Map<string, string>();
  const key = (user: StoredUser) => `${String(user.name)}\u0000${String(user.unit)}`;
  const withId = (user: StoredUser) => {
    if (!ids.has(key(user))) ids.set(key(user), randomUUID());
    return { ...user, id: ids.get(key(user)), permissions: [] };
  };
  const read = (name: string): unknown => {
    const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(name) as string | undefined;
    try {
      return value === undefined ? undefined : JSON.parse(value);
    } catch {
      return undefined;
    }
  };
  const write = (name: string, value: unknown) => db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(JSON.stringify(value), name);
  const current = read('review.currentUser');
  const known = read('review.knownUsers');
  if (current && typeof current === 'object') write('review.currentUser', withId(current as StoredUser));
  if (Array.isArray(known))
    write(
      'review.knownUsers',
      known.map((user) => (user && typeof user === 'object' ? withId(user as StoredUser) : user)),
    );
  return ids;
}

/** Each draft's events in the order they were logged, linked by chain hash, named by actor id and revision hash. */
function chainLoggedEvents(db: Database, deviceId: string, userIds: Map<string, string>): void {
  const rows = db.prepare('SELECT * FROM review_events ORDER BY draft_id, created_at, rowid').all() as ReviewEventRow[];
  const revisionHash = db.prepare('SELECT hash FROM revisions WHERE id = ?').pluck();
  const update = db.prepare('UPDATE review_events SET actor_id = ?, revision_hash = ?, prev_hash = ?, device_id = ? WHERE id = ?');
  const actorIds = new Map(userIds);
  let draft: string | null = null;
  let prev: string | null = null;
  for (const row of rows) {
    if (row.draft_id !== draft) [draft, prev] = [row.draft_id, null];
    const person = `${row.actor}\u0000${row.actor_unit}`;
    if (!actorIds.has(person)) actorIds.set(person, randomUUID());
    const event = eventFromRow({
      ...row,
      actor_id: actorIds.get(person)!,
      revision_hash: (revisionHash.get(row.revision_id) as string | undefined) ?? '',
      prev_hash: prev,
      device_id: deviceId,
    });
    update.run(event.actorId, event.revisionHash, event.prev, event.deviceId, row.id);
    prev = eventHash(sm2Port, event);
  }
}
