import type { Database } from 'better-sqlite3';

/** The first schema, laid out from the domain model: drafts, the revision graph, cases, settings. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE cases (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('zhengxie', 'renda')),
      session TEXT NOT NULL,
      number TEXT NOT NULL,
      title TEXT NOT NULL,
      proposer TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('lead', 'assist', 'joint')),
      assigned_on TEXT,
      due_on TEXT,
      reply_type TEXT,
      disclosure TEXT,
      doc_number TEXT,
      signer TEXT,
      handler TEXT,
      handler_phone TEXT,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'replied', 'closed')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (kind, session, number)
    ) STRICT;

    CREATE TABLE drafts (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      template_id TEXT,
      case_id TEXT REFERENCES cases(id),
      field_definitions TEXT NOT NULL,
      fields TEXT NOT NULL,
      content TEXT NOT NULL,
      chars INTEGER NOT NULL,
      head_revision_id TEXT NOT NULL,
      working_seq INTEGER NOT NULL DEFAULT 0,
      working_changed_at TEXT,
      review_state TEXT NOT NULL DEFAULT 'drafting'
        CHECK (review_state IN ('drafting', 'submitted', 'returned', 'approved', 'signed', 'issued')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX drafts_by_case ON drafts(case_id);
    CREATE INDEX drafts_by_updated ON drafts(updated_at);

    CREATE TABLE revisions (
      id TEXT PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      kind TEXT NOT NULL
        CHECK (kind IN ('checkpoint', 'auto', 'restore', 'import', 'merge', 'case-update')),
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      note TEXT,
      hash TEXT NOT NULL,
      encoding TEXT NOT NULL CHECK (encoding IN ('json', 'json+br')),
      body BLOB NOT NULL,
      chars INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX revisions_by_draft ON revisions(draft_id, created_at);

    CREATE TABLE revision_parents (
      revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
      parent_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (revision_id, position)
    ) STRICT;
    CREATE INDEX revision_parents_by_parent ON revision_parents(parent_id);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
