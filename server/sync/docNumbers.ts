import type pg from 'pg';
import { z } from 'zod';
import { allocateNumber, voidingOf } from '../../shared/docNumbers/allocation';
import { formatDocNumber } from '../../shared/docNumbers/docNumberSeries';
import { Uuid } from '../../shared/model/draft';
import type { Account } from '../accounts/accounts';
import { inTransaction } from '../accounts/accounts';
import { audit, type Queryable } from '../accounts/audit';

/**
 * 发文字号 with a server: only the server allocates, so no number is given twice. A PC asks while
 * connected; one that took a number offline (待确认) sends it at the next sync under its record id, and
 * the server confirms it when it is still free, else gives the next one. The register (发文登记) is
 * the server's: every PC takes it whole at each sync.
 */
export const TakeSchema = z
  .object({
    format: z.number().int().min(1),
    /** The record's id: a PC's provisional record keeps it, so asking again gives the same answer. */
    id: Uuid,
    series: z.string().min(1).max(200),
    year: z.number().int().min(1900).max(9999),
    /** The number taken offline, to confirm if still free. */
    wish: z.number().int().min(1).nullable(),
    draftId: Uuid.nullable(),
    draftTitle: z.string().max(400),
    issuedBy: z.string().max(100),
    issuedAt: z.string().min(1).max(40),
  })
  .strict();
export type TakeRequest = z.infer<typeof TakeSchema>;

export const VoidSchema = z
  .object({ format: z.number().int().min(1), id: Uuid, at: z.string().min(1).max(40), by: z.string().max(100), reason: z.string().min(1).max(200) })
  .strict();

export interface ServerNumber {
  id: string;
  series: string;
  year: number;
  number: number;
  text: string;
  draftId: string | null;
  draftTitle: string;
  issuedBy: string;
  issuedAt: string;
  voided: { at: string; by: string; reason: string } | null;
}

interface Row {
  id: string;
  series: string;
  year: number;
  number: number;
  text: string;
  draft_id: string | null;
  draft_title: string;
  issued_by: string;
  issued_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

const toNumber = (row: Row): ServerNumber => ({
  id: row.id,
  series: row.series,
  year: row.year,
  number: row.number,
  text: row.text,
  draftId: row.draft_id,
  draftTitle: row.draft_title,
  issuedBy: row.issued_by,
  issuedAt: row.issued_at,
  voided: voidingOf(row),
});

const one = async (db: Queryable, sql: string, params: unknown[]) => (await db.query<Row>(sql, params)).rows.map(toNumber)[0] as ServerNumber | undefined;

export async function takeNumber(pool: pg.Pool, account: Account, request: TakeRequest, now: Date): Promise<ServerNumber & { alreadyHeld: boolean }> {
  return inTransaction(pool, async (client) => {
    // One allocation at a time across the bureau: reads of the register go on meanwhile.
    await client.query('LOCK TABLE sync_doc_numbers IN SHARE ROW EXCLUSIVE MODE');
    const same = await one(client, 'SELECT * FROM sync_doc_numbers WHERE id = $1', [request.id]);
    if (same) return { ...same, alreadyHeld: true };
    const heldByDraft =
      request.draftId === null
        ? undefined
        : await one(client, 'SELECT * FROM sync_doc_numbers WHERE series = $1 AND year = $2 AND draft_id = $3 AND voided_at IS NULL', [
            request.series,
            request.year,
            request.draftId,
          ]);
    const numberSql = 'SELECT 1 FROM sync_doc_numbers WHERE series = $1 AND year = $2 AND number = $3';
    const isFree = async (number: number) => (await client.query(numberSql, [request.series, request.year, number])).rows.length === 0;
    const wish = request.wish === null ? null : { number: request.wish, free: await isFree(request.wish) };
    const last = (
      await client.query<{ n: number | null }>('SELECT max(number) AS n FROM sync_doc_numbers WHERE series = $1 AND year = $2', [request.series, request.year])
    ).rows[0].n;
    const allocation = allocateNumber({ heldByDraft, last }, wish);
    if ('held' in allocation) return { ...allocation.held, alreadyHeld: true };
    const { number, confirmed } = allocation;
    const text = formatDocNumber({ key: request.series }, request.year, number);
    const taken = (await one(
      client,
      `INSERT INTO sync_doc_numbers (id, series, year, number, text, draft_id, draft_title, issued_by, issued_at, pushed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [request.id, request.series, request.year, number, text, request.draftId, request.draftTitle, request.issuedBy, request.issuedAt, account.id],
    ))!;
    await audit(client, now, account.login, 'numbers.take', { id: request.id, text, confirmed });
    return { ...taken, alreadyHeld: false };
  });
}

/** 作废 of a number on the server's register; a second void changes nothing. */
export async function voidNumber(pool: pg.Pool, account: Account, request: z.infer<typeof VoidSchema>, now: Date): Promise<ServerNumber | null> {
  return inTransaction(pool, async (client) => {
    const voided = await one(
      client,
      'UPDATE sync_doc_numbers SET voided_at = $2, voided_by = $3, void_reason = $4 WHERE id = $1 AND voided_at IS NULL RETURNING *',
      [request.id, request.at, request.by, request.reason],
    );
    if (voided) await audit(client, now, account.login, 'numbers.void', { id: request.id, reason: request.reason });
    return voided ?? (await one(client, 'SELECT * FROM sync_doc_numbers WHERE id = $1', [request.id])) ?? null;
  });
}

export async function register(db: Queryable): Promise<ServerNumber[]> {
  return (await db.query<Row>('SELECT * FROM sync_doc_numbers ORDER BY series, year, number')).rows.map(toNumber);
}
