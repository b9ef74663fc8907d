import type pg from 'pg';
import { z } from 'zod';
import { planValueEvents } from '../../shared/merge/latestWins';
import { ValueEventSchema, type ValueEvent } from '../../shared/model/valueEvent';
import { PACKAGE_LIMITS } from '../../shared/review/packageLimits';
import { withoutCoProposers } from '../../shared/cases/proposers';
import { PackageCaseSchema, type PackageCase } from '../../shared/review/packageCase';
import type { Account } from '../accounts/accounts';
import { inTransaction } from '../accounts/accounts';
import { audit, type Queryable } from '../accounts/audit';
import { groupRows } from '../db/groupRows';
import { acceptedEvent } from './draftEvents';

/**
 * Cases from one place: a case (from a 交办清单 or typed in) reaches every PC, found by its id or,
 * when two PCs registered it apart, by its case key; the first the server took keeps its id. Each
 * change of a fact is an event kept once, by id; the order the server accepted them decides per fact
 * (shared/merge/latestWins), on every PC alike.
 */
export const CasePushSchema = z
  .object({
    format: z.number().int().min(1),
    case: PackageCaseSchema,
    key: z.string().min(1).max(400),
    events: z.array(ValueEventSchema).max(PACKAGE_LIMITS.reviewEvents),
  })
  .strict();
export type CasePush = z.infer<typeof CasePushSchema>;

export interface SyncedCase {
  case: PackageCase;
  key: string;
  events: ValueEvent[];
}

async function caseEventsOf(db: Queryable, caseId: string): Promise<ValueEvent[]> {
  const { rows } = await db.query<{ body: string; seq: string }>('SELECT body, seq FROM sync_case_events WHERE case_id = $1 ORDER BY seq', [caseId]);
  return rows.map(acceptedEvent);
}

export async function pushCase(pool: pg.Pool, account: Account, push: CasePush, now: Date): Promise<{ caseId: string; created: boolean; events: number }> {
  return inTransaction(pool, async (client) => {
    // The case key is the lock: two PCs pushing the same case at once take turns.
    const inserted = await client.query(
      "INSERT INTO sync_cases (id, case_key, body, seq, pushed_by) VALUES ($1, $2, $3, nextval('sync_seq'), $4) ON CONFLICT DO NOTHING RETURNING id",
      // Kept as an app from before 附议人 reads it: they come as events.
      [push.case.id, push.key, JSON.stringify({ ...push.case, facts: withoutCoProposers(push.case.facts) }), account.id],
    );
    const { rows } = await client.query<{ id: string }>('SELECT id FROM sync_cases WHERE id = $1 OR case_key = $2 ORDER BY (id = $1) DESC LIMIT 1 FOR UPDATE', [
      push.case.id,
      push.key,
    ]);
    const caseId = rows[0].id;
    const stored = await caseEventsOf(client, caseId);
    const plan = planValueEvents(push.events, new Map(stored.map((event) => [event.id, event])));
    const elsewhere = await client.query('SELECT 1 FROM sync_case_events WHERE id = ANY($1::uuid[]) AND case_id <> $2', [
      plan.add.map((event) => event.id),
      caseId,
    ]);
    if (elsewhere.rows.length > 0) throw new CaseRefused('案件的修改记录与服务器上另一件案件的记录编号相同，未被接受。');
    for (const event of plan.add) {
      await client.query("INSERT INTO sync_case_events (id, case_id, body, seq, pushed_by) VALUES ($1, $2, $3, nextval('sync_seq'), $4)", [
        event.id,
        caseId,
        JSON.stringify({ ...event, accepted: null }),
        account.id,
      ]);
    }
    if (plan.add.length > 0) await client.query("UPDATE sync_cases SET seq = nextval('sync_seq') WHERE id = $1", [caseId]);
    const created = inserted.rows.length > 0;
    if (created || plan.add.length > 0) await audit(client, now, account.login, 'sync.case', { caseId, created, events: plan.add.length });
    return { caseId, created, events: plan.add.length };
  });
}

export class CaseRefused extends Error {
  readonly status = 409;
}

/** The cases changed since the cursor, each with every event of its facts in the order the server accepted them. */
export async function pullCasesSince(pool: pg.Pool, after: number, limit = 200): Promise<{ cursor: number; cases: SyncedCase[]; more: boolean }> {
  const { rows } = await pool.query<{ id: string; case_key: string; body: string; seq: string }>(
    'SELECT id, case_key, body, seq FROM sync_cases WHERE seq > $1 ORDER BY seq LIMIT $2',
    [after, limit + 1],
  );
  const taken = rows.slice(0, limit);
  const events = await pool.query<{ case_id: string; body: string; seq: string }>(
    'SELECT case_id, body, seq FROM sync_case_events WHERE case_id = ANY($1::uuid[]) ORDER BY seq',
    [taken.map((row) => row.id)],
  );
  const eventsOf = groupRows(events.rows, (row) => row.case_id, acceptedEvent);
  const cases: SyncedCase[] = taken.map((row) => ({
    case: { ...(JSON.parse(row.body) as PackageCase), id: row.id },
    key: row.case_key,
    events: eventsOf.get(row.id) ?? [],
  }));
  return { cursor: taken.length > 0 ? Number(taken[taken.length - 1].seq) : after, cases, more: rows.length > limit };
}
