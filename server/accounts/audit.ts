import type pg from 'pg';

/** Anything that can run a query: the pool or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/**
 * The append-only audit log: logins, enrolments, pushes, review actions and every admin change.
 * PostgreSQL refuses UPDATE and DELETE on it (a trigger, migration 1).
 */
export async function audit(db: Queryable, at: Date, actor: string, action: string, detail: Record<string, unknown>): Promise<void> {
  await db.query('INSERT INTO audit_log (at, actor, action, detail) VALUES ($1, $2, $3, $4)', [at, actor, action, JSON.stringify(detail)]);
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

export async function readAudit(db: Queryable, options: { afterSeq?: number; limit?: number } = {}): Promise<AuditEntry[]> {
  const { rows } = await db.query<{ seq: string; at: Date; actor: string; action: string; detail: string }>(
    'SELECT seq, at, actor, action, detail FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2',
    [options.afterSeq ?? 0, Math.min(options.limit ?? 10_000, 100_000)],
  );
  return rows.map((row) => ({
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }));
}
