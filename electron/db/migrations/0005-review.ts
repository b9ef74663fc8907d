import type { Database } from 'better-sqlite3';

/**
 * Review between people: the log of review state changes, comments anchored to text with threaded
 * replies, and revisions from another PC's line that wait to be merged. Every row has a UUID so that
 * a draft's package can carry it to another PC and be imported there again without duplicates.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE review_events (
      id TEXT PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      action TEXT NOT NULL CHECK (action IN ('submit', 'return', 'approve', 'sign', 'withdrawSign', 'issue')),
      from_state TEXT NOT NULL,
      to_state TEXT NOT NULL,
      actor TEXT NOT NULL,
      actor_unit TEXT NOT NULL DEFAULT '',
      actor_role TEXT NOT NULL CHECK (actor_role IN ('drafter', 'reviewer', 'signer')),
      reason TEXT,
      signer TEXT,
      signed_on TEXT,
      revision_id TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_events_by_draft ON review_events(draft_id, created_at);

    CREATE TABLE comments (
      id TEXT PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      thread_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
      revision_id TEXT NOT NULL,
      anchor TEXT,
      body TEXT NOT NULL,
      author TEXT NOT NULL,
      author_unit TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT,
      CHECK ((thread_id IS NULL) = (anchor IS NOT NULL))
    ) STRICT;
    CREATE INDEX comments_by_draft ON comments(draft_id, created_at);
    CREATE INDEX comments_by_thread ON comments(thread_id);

    CREATE TABLE pending_merges (
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      PRIMARY KEY (draft_id, revision_id)
    ) STRICT;
  `);
}
