import type pg from 'pg';
import { planValueEvents } from '../../shared/merge/latestWins';
import type { ValueEvent } from '../../shared/model/valueEvent';
import type { Account } from '../accounts/accounts';
import { inTransaction } from '../accounts/accounts';
import { audit, type Queryable } from '../accounts/audit';
import { groupRows } from '../db/groupRows';
import { claimDraft, NOT_YOURS } from '../visibility/visibility';

export const EVENT_ELSEWHERE = '草稿的改名或回收站记录与服务器上另一份草稿的记录编号相同，未被接受。';

/**
 * A draft's name and place in the 回收站 travel as events (shared/merge/latestWins): the server keeps
 * each once, by id, and its sequence number is the order it accepted them, which decides everywhere.
 * 彻底删除 travels as the draft's tombstone: from then on the server hands out only that, and takes
 * nothing more for the draft; its history stays here, as the server never thins.
 */
export async function addDraftEvents(
  client: pg.PoolClient,
  account: Account,
  draftId: string,
  carried: readonly ValueEvent[],
): Promise<{ added: number } | { refused: string }> {
  if (carried.length === 0) return { added: 0 };
  const stored = await draftEventsOf(client, draftId);
  const plan = planValueEvents(carried, new Map(stored.map((event) => [event.id, event])));
  const elsewhere = await client.query('SELECT 1 FROM sync_draft_events WHERE id = ANY($1::uuid[]) AND draft_id <> $2', [
    plan.add.map((event) => event.id),
    draftId,
  ]);
  if (elsewhere.rows.length > 0) return { refused: EVENT_ELSEWHERE };
  for (const event of plan.add) {
    await client.query("INSERT INTO sync_draft_events (id, draft_id, body, seq, pushed_by) VALUES ($1, $2, $3, nextval('sync_seq'), $4)", [
      event.id,
      draftId,
      JSON.stringify({ ...event, accepted: null }),
      account.id,
    ]);
  }
  return { added: plan.add.length };
}

/** A stored value event (a draft's or a case's) with the order the server accepted it in. */
export const acceptedEvent = (row: { body: string; seq: string }): ValueEvent => ({ ...(JSON.parse(row.body) as ValueEvent), accepted: Number(row.seq) });

/** The draft's events in the order the server accepted them, each with that order. */
export async function draftEventsOf(db: Queryable, draftId: string): Promise<ValueEvent[]> {
  const { rows } = await db.query<{ body: string; seq: string }>('SELECT body, seq FROM sync_draft_events WHERE draft_id = $1 ORDER BY seq', [draftId]);
  return rows.map(acceptedEvent);
}

/** The events of each of the given drafts, as draftEventsOf gives them, in one query. */
export async function draftEventsAmong(db: Queryable, draftIds: readonly string[]): Promise<Map<string, ValueEvent[]>> {
  const { rows } = await db.query<{ draft_id: string; body: string; seq: string }>(
    'SELECT draft_id, body, seq FROM sync_draft_events WHERE draft_id = ANY($1::uuid[]) ORDER BY seq',
    [draftIds],
  );
  return groupRows(rows, (row) => row.draft_id, acceptedEvent);
}

/** The draft's tombstone time, when it was 彻底删除 on some PC. */
export async function purgedAt(db: Queryable, draftId: string): Promise<string | null> {
  const { rows } = await db.query<{ purged_at: string | null }>('SELECT purged_at FROM sync_drafts WHERE id = $1', [draftId]);
  return rows[0]?.purged_at ?? null;
}

/** Takes a PC's 彻底删除: the first tombstone stands; a second one changes nothing. */
export async function purgeDraft(pool: pg.Pool, account: Account, draftId: string, at: string, now: Date): Promise<{ purged: boolean } | { refused: string }> {
  return inTransaction(pool, async (client) => {
    if (!(await claimDraft(client, account, draftId))) return { refused: NOT_YOURS };
    await client.query('SELECT id FROM sync_drafts WHERE id = $1 FOR UPDATE', [draftId]);
    if ((await purgedAt(client, draftId)) !== null) return { purged: false };
    await client.query("UPDATE sync_drafts SET purged_at = $2, seq = nextval('sync_seq') WHERE id = $1", [draftId, at]);
    await audit(client, now, account.login, 'sync.purge', { draftId, at });
    return { purged: true };
  });
}
