import type pg from 'pg';
import { z } from 'zod';
import { Uuid } from '../../shared/model/draft';
import type { Account } from '../accounts/accounts';

/** The notices a PC has marked 知道了: event ids and when. */
export const NoticesReadSchema = z
  .object({
    format: z.number().int().min(1),
    read: z
      .array(z.object({ eventId: Uuid, at: z.string().min(1).max(40) }).strict())
      .min(1)
      .max(1000),
  })
  .strict();

/**
 * Records which notices the account has read, so that its other PCs hide them too. Only events the
 * server holds are kept; one read before is kept as it was.
 */
export async function recordNoticesRead(pool: pg.Pool, account: Account, read: z.infer<typeof NoticesReadSchema>['read']): Promise<{ recorded: number }> {
  const { rowCount } = await pool.query(
    `INSERT INTO sync_notices_read (account_id, event_id, read_at, seq)
     SELECT $1, t.id, t.at, nextval('sync_seq') FROM unnest($2::uuid[], $3::text[]) AS t(id, at)
     JOIN sync_events e ON e.id = t.id
     ON CONFLICT DO NOTHING`,
    [account.id, read.map((notice) => notice.eventId), read.map((notice) => notice.at)],
  );
  return { recorded: rowCount ?? 0 };
}

/** The account's read notices recorded since the cursor, oldest first. */
export async function noticesReadSince(
  pool: pg.Pool,
  account: Account,
  after: number,
  limit = 1000,
): Promise<{ cursor: number; read: { eventId: string; at: string }[]; more: boolean }> {
  const { rows } = await pool.query<{ event_id: string; read_at: string; seq: string }>(
    'SELECT event_id, read_at, seq FROM sync_notices_read WHERE account_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [account.id, after, limit + 1],
  );
  const taken = rows.slice(0, limit);
  return {
    cursor: taken.length > 0 ? Number(taken[taken.length - 1].seq) : after,
    read: taken.map((row) => ({ eventId: row.event_id, at: row.read_at })),
    more: rows.length > limit,
  };
}
