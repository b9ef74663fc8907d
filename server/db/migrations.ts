import type pg from 'pg';

/**
 * The server's schema, as numbered migrations applied in order, each in its own transaction and
 * recorded in schema_migrations. Plain SQL that PostgreSQL-compatible databases also accept: no
 * extensions, no logical replication. A migration once released is never edited: add the next one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, enrolment codes, sessions, failed logins, audit log, key requests',
    sql: `
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        login text NOT NULL UNIQUE,
        name text NOT NULL,
        unit text NOT NULL,
        role text NOT NULL CHECK (role IN ('drafter', 'reviewer', 'signer', 'admin')),
        permissions text NOT NULL DEFAULT '[]',
        password_hash text NOT NULL,
        user_id uuid,
        created_at timestamptz NOT NULL,
        disabled_at timestamptz
      );
      CREATE TABLE enrolment_codes (
        code_hash text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_by_account ON sessions (account_id);
      CREATE TABLE failed_logins (
        login text NOT NULL,
        address text NOT NULL,
        at timestamptz NOT NULL
      );
      CREATE INDEX failed_logins_by_login ON failed_logins (login, at);
      CREATE INDEX failed_logins_by_address ON failed_logins (address, at);
      CREATE TABLE audit_log (
        seq bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        detail text NOT NULL
      );
      CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END;
      $$ LANGUAGE plpgsql;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE PROCEDURE audit_log_append_only();
      CREATE TABLE key_requests (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        public_key text NOT NULL UNIQUE,
        request text NOT NULL,
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        decision text CHECK (decision IN ('approved', 'refused'))
      );
      CREATE TABLE server_settings (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'synced drafts, revisions, review events and comments',
    sql: `
      CREATE SEQUENCE sync_seq;
      CREATE TABLE sync_drafts (
        id uuid PRIMARY KEY,
        meta text NOT NULL,
        seq bigint NOT NULL
      );
      CREATE TABLE sync_revisions (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        hash text NOT NULL,
        parents text NOT NULL,
        body text NOT NULL,
        signature text,
        seq bigint NOT NULL,
        pushed_by uuid NOT NULL REFERENCES accounts(id)
      );
      CREATE INDEX sync_revisions_by_draft ON sync_revisions (draft_id);
      CREATE TABLE sync_events (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        body text NOT NULL,
        seq bigint NOT NULL,
        pushed_by uuid NOT NULL REFERENCES accounts(id)
      );
      CREATE INDEX sync_events_by_draft ON sync_events (draft_id, seq);
      CREATE TABLE sync_comments (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        body text NOT NULL,
        resolved_at text,
        resolved_by text,
        seq bigint NOT NULL
      );
      CREATE INDEX sync_comments_by_draft ON sync_comments (draft_id);
      -- The server never thins: revisions and review events are never changed or removed, comments never removed.
      CREATE FUNCTION sync_never_thins() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'the server never thins or rewrites synced history (%)', TG_TABLE_NAME;
      END;
      $$ LANGUAGE plpgsql;
      CREATE TRIGGER sync_revisions_kept BEFORE UPDATE OR DELETE ON sync_revisions FOR EACH STATEMENT EXECUTE PROCEDURE sync_never_thins();
      CREATE TRIGGER sync_events_kept BEFORE UPDATE OR DELETE ON sync_events FOR EACH STATEMENT EXECUTE PROCEDURE sync_never_thins();
      CREATE TRIGGER sync_comments_kept BEFORE DELETE ON sync_comments FOR EACH STATEMENT EXECUTE PROCEDURE sync_never_thins();
    `,
  },
  {
    version: 3,
    name: 'draft names and 回收站 as events, 彻底删除 as a tombstone, 签发后修改 lines, cases and their facts as events, the 发文登记',
    sql: `
      -- Each change of a draft's name or place in the 回收站; seq is the order the server accepted it, which decides.
      CREATE TABLE sync_draft_events (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        body text NOT NULL,
        seq bigint NOT NULL,
        pushed_by uuid NOT NULL REFERENCES accounts(id)
      );
      CREATE INDEX sync_draft_events_by_draft ON sync_draft_events (draft_id, seq);
      CREATE TRIGGER sync_draft_events_kept BEFORE UPDATE OR DELETE ON sync_draft_events FOR EACH STATEMENT EXECUTE PROCEDURE sync_never_thins();
      -- 彻底删除 on a PC: the draft's tombstone, handed to every PC; its history stays here (the server never thins).
      ALTER TABLE sync_drafts ADD COLUMN purged_at text;
      -- An edit made offline on a line that was signed meanwhile: kept as a parallel line (签发后修改), never the draft's head.
      ALTER TABLE sync_revisions ADD COLUMN after_signing boolean NOT NULL DEFAULT false;
      -- Cases, one per case key (a case registered on two PCs from the 交办清单 is one case here), and each change of a fact.
      CREATE TABLE sync_cases (
        id uuid PRIMARY KEY,
        case_key text NOT NULL UNIQUE,
        body text NOT NULL,
        seq bigint NOT NULL,
        pushed_by uuid NOT NULL REFERENCES accounts(id)
      );
      CREATE INDEX sync_cases_by_seq ON sync_cases (seq);
      CREATE TABLE sync_case_events (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES sync_cases(id),
        body text NOT NULL,
        seq bigint NOT NULL,
        pushed_by uuid NOT NULL REFERENCES accounts(id)
      );
      CREATE INDEX sync_case_events_by_case ON sync_case_events (case_id, seq);
      CREATE TRIGGER sync_case_events_kept BEFORE UPDATE OR DELETE ON sync_case_events FOR EACH STATEMENT EXECUTE PROCEDURE sync_never_thins();
      -- The 发文登记: with a server only the server allocates; a number a PC took offline is confirmed or replaced here, under the PC's record id.
      CREATE TABLE sync_doc_numbers (
        id uuid PRIMARY KEY,
        series text NOT NULL,
        year integer NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        text text NOT NULL,
        draft_id uuid,
        draft_title text NOT NULL,
        issued_by text NOT NULL,
        issued_at text NOT NULL,
        voided_at text,
        voided_by text,
        void_reason text,
        pushed_by uuid NOT NULL REFERENCES accounts(id),
        UNIQUE (series, year, number)
      );
    `,
  },
  {
    version: 4,
    name: 'the 办公室 role, a draft owned by its 科室, the people a draft was sent to',
    sql: `
      ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
      ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('drafter', 'reviewer', 'signer', 'office', 'admin'));
      ALTER TABLE sync_drafts ADD COLUMN unit text;
      -- A draft synced before belongs to the 科室 of whoever pushed its first revision.
      UPDATE sync_drafts d SET unit = (
        SELECT a.unit FROM sync_revisions r JOIN accounts a ON a.id = r.pushed_by WHERE r.draft_id = d.id ORDER BY r.seq LIMIT 1
      );
      CREATE TABLE sync_draft_recipients (
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        user_id uuid NOT NULL,
        PRIMARY KEY (draft_id, user_id)
      );
      CREATE INDEX sync_draft_recipients_by_user ON sync_draft_recipients (user_id);
    `,
  },
  {
    version: 5,
    name: 'the revisions each account thinned on its PCs',
    sql: `
      -- A PC's retention run removes automatic revisions the server holds; the server keeps them and records who thinned which.
      CREATE TABLE sync_revision_tombstones (
        revision_id uuid NOT NULL REFERENCES sync_revisions(id),
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        thinned_by uuid NOT NULL REFERENCES accounts(id),
        thinned_at text NOT NULL,
        PRIMARY KEY (revision_id, thinned_by)
      );
      CREATE INDEX sync_revision_tombstones_by_draft ON sync_revision_tombstones (draft_id);
    `,
  },
  {
    version: 6,
    name: "every draft owned by a 科室; a step sent to all of a 科室's reviewers",
    sql: `
      -- A draft still without a 科室 takes its owner's: whoever pushed the first of its revisions, review events or name events.
      -- One that names no one stays the 办公室's alone (server/visibility).
      UPDATE sync_drafts d SET unit = (
        SELECT a.unit FROM (
          SELECT pushed_by, seq FROM sync_revisions WHERE draft_id = d.id
          UNION ALL SELECT pushed_by, seq FROM sync_events WHERE draft_id = d.id
          UNION ALL SELECT pushed_by, seq FROM sync_draft_events WHERE draft_id = d.id
        ) pushed JOIN accounts a ON a.id = pushed.pushed_by ORDER BY pushed.seq LIMIT 1
      ) WHERE d.unit IS NULL;
      -- 本科室全部审核人: the 科室 itself, so that whoever reviews there when the draft is pulled gets it.
      CREATE TABLE sync_draft_recipient_units (
        draft_id uuid NOT NULL REFERENCES sync_drafts(id),
        unit text NOT NULL,
        PRIMARY KEY (draft_id, unit)
      );
    `,
  },
  {
    version: 7,
    name: 'the notices each account has read (知道了), for its other PCs',
    sql: `
      -- A drafter's 知道了 on a 退回修改 / 审核通过 / 签发 notice: seq orders them for each PC's pull.
      CREATE TABLE sync_notices_read (
        account_id uuid NOT NULL REFERENCES accounts(id),
        event_id uuid NOT NULL REFERENCES sync_events(id),
        read_at text NOT NULL,
        seq bigint NOT NULL,
        PRIMARY KEY (account_id, event_id)
      );
      CREATE INDEX sync_notices_read_by_account ON sync_notices_read (account_id, seq);
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaTooNew extends Error {}

/** The table of applied migrations. Two servers starting at once may both try to create it: one wins, the other finds it. */
async function createLedger(client: pg.PoolClient): Promise<void> {
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
  } catch (error) {
    // The loser of the race sees the table, or its row type, half-made by the winner: unique_violation, duplicate_table or duplicate_object.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P07' && code !== '42710') throw error;
  }
}

/** Applies every migration the database has not had yet; returns the versions applied now. */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await createLedger(client);
    const applied: number[] = [];
    await client.query('BEGIN');
    try {
      // One migrator at a time: a second server starting at once waits here, then finds nothing to do.
      await client.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((row) => row.version));
      const newest = Math.max(0, ...done);
      const known = migrations[migrations.length - 1]?.version ?? 0;
      if (newest > known) throw new SchemaTooNew(`数据库的结构版本（${newest}）比本服务器程序（${known}）新。请升级服务器程序，不要用旧版本连接这个数据库。`);
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
        applied.push(migration.version);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    return applied;
  } finally {
    client.release();
  }
}

export async function schemaVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return rows[0]?.version ?? 0;
}
