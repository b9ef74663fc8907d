import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CallOutput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { SYNC_FORMAT } from '../../../shared/api/syncCalls';
import { formatDocNumber, parseDocNumberSeries } from '../../../shared/docNumbers/docNumberSeries';
import type { Db } from '../../db/open';
import { provenRows } from '../../db/rowSums/provenRows';
import type { ServiceContext } from '../context';
import { loadDraftRow } from '../drafts/records/draftRecords';
import { readProfile } from '../settings/profile';
import { readConnection } from '../sync/client/connection';
import { Offline, requestJson, ServerSaid, type Target } from '../sync/client/httpClient';
import { byId, takeNumber, toRecord, voidNumber, type DocNumberRow } from './registerRecords';

/**
 * 发文字号 with a team server: only the server allocates. 取号 while connected asks it; when it cannot
 * be reached, the PC takes a provisional number (待确认) that the server confirms or replaces at the
 * next sync, and the register here becomes the server's (reconcileNumbers).
 */
const ServerNumberSchema = z.object({
  id: z.uuid(),
  series: z.string(),
  year: z.number().int(),
  number: z.number().int().min(1),
  text: z.string(),
  draftId: z.uuid().nullable(),
  draftTitle: z.string(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  voided: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
});
type ServerNumber = z.infer<typeof ServerNumberSchema>;

interface Session {
  target: Target;
  token: string;
}

function session(ctx: ServiceContext): Session | null {
  const connection = readConnection(ctx.syncDir);
  if (!connection?.token) return null;
  // The saved connection names the server as a request's target does: its address and pinned certificate.
  return { target: connection, token: connection.token };
}

/** Moves a provisional (or pre-server) number out of the way of the server's: it becomes 待确认 under the next free number here. */
function makeRoom(db: Db, number: ServerNumber): void {
  const clash = db
    .prepare('SELECT id FROM doc_numbers WHERE series = ? AND year = ? AND number = ? AND id <> ?')
    .pluck()
    .get(number.series, number.year, number.number, number.id) as string | undefined;
  if (!clash) return;
  const last = db.prepare('SELECT max(number) FROM doc_numbers WHERE series = ? AND year = ?').pluck().get(number.series, number.year) as number;
  db.prepare('UPDATE doc_numbers SET number = ?, text = ?, provisional = 1 WHERE id = ?').run(
    last + 1,
    formatDocNumber({ key: number.series }, number.year, last + 1),
    clash,
  );
}

/** Writes the server's record of a number here, under its id; call inside a transaction. */
function storeServerNumber(db: Db, number: ServerNumber): void {
  const draftHere = number.draftId !== null && db.prepare('SELECT 1 FROM drafts WHERE id = ?').get(number.draftId) !== undefined;
  const here = byId(db, number.id);
  const same =
    here?.provisional === 0 &&
    here.number === number.number &&
    here.draft_id === (draftHere ? number.draftId : null) &&
    (here.voided_at !== null) === (number.voided !== null);
  if (same) return;
  makeRoom(db, number);
  db.prepare('DELETE FROM doc_numbers WHERE id = ?').run(number.id);
  db.prepare(
    `INSERT INTO doc_numbers (id, series, year, number, text, draft_id, draft_title, issued_by, issued_at, voided_at, voided_by, void_reason, provisional)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  ).run(
    number.id,
    number.series,
    number.year,
    number.number,
    number.text,
    draftHere ? number.draftId : null,
    number.draftTitle,
    number.issuedBy,
    number.issuedAt,
    number.voided?.at ?? null,
    number.voided?.by ?? null,
    number.voided?.reason ?? null,
  );
}

const takeRequest = (
  row: Pick<DocNumberRow, 'id' | 'year' | 'number' | 'draft_id' | 'draft_title' | 'issued_by' | 'issued_at'> & { series: string },
  wish: number | null,
) => ({
  format: SYNC_FORMAT,
  id: row.id,
  series: row.series,
  year: row.year,
  wish,
  draftId: row.draft_id,
  draftTitle: row.draft_title,
  issuedBy: row.issued_by,
  issuedAt: row.issued_at,
});

/** 取号: from the server while connected, a provisional number here when it cannot be reached, as before without a server. */
export async function takeWithServer(ctx: ServiceContext, draftId: string): Promise<CallOutput<'docNumbers.take'>> {
  const connected = session(ctx);
  if (!connected) return takeNumber(ctx, draftId);
  const { db } = ctx;
  const draft = loadDraftRow(db, draftId);
  const series = parseDocNumberSeries(readProfile(db).docNumberSeries);
  if (typeof series === 'string') throw new ApiError('invalid_input', series);
  const time = ctx.now();
  const held = db
    .prepare('SELECT id FROM doc_numbers WHERE series = ? AND year = ? AND draft_id = ? AND voided_at IS NULL')
    .pluck()
    .get(series.key, time.getFullYear(), draftId) as string | undefined;
  if (held) return { ...toRecord(byId(db, held)!), alreadyHeld: true };
  const request = takeRequest(
    {
      id: randomUUID(),
      series: series.key,
      year: time.getFullYear(),
      number: 0,
      draft_id: draftId,
      draft_title: draft.title,
      issued_by: ctx.author,
      issued_at: time.toISOString(),
    },
    null,
  );
  try {
    const reply = await requestJson(connected.target, 'POST', '/api/v1/numbers/take', { token: connected.token, body: request });
    const number = ServerNumberSchema.parse(reply.number);
    db.transaction(() => storeServerNumber(db, number))();
    return { ...toRecord(byId(db, number.id)!), alreadyHeld: (reply.number as { alreadyHeld?: boolean }).alreadyHeld === true };
  } catch (error) {
    if (error instanceof Offline) return takeNumber(ctx, draftId, { provisional: true });
    throw error;
  }
}

const voidRequest = (row: Pick<DocNumberRow, 'id' | 'voided_at' | 'voided_by' | 'void_reason'>) => ({
  format: SYNC_FORMAT,
  id: row.id,
  at: row.voided_at,
  by: row.voided_by ?? '',
  reason: row.void_reason ?? '作废',
});

/**
 * 作废 here, and at once on the server while connected, so no other PC goes on showing the number as
 * in use; the server's record of it then stands here. Unreachable (or a number the server does not
 * hold yet, taken offline), the 作废 stays here and reaches the server at the next sync.
 */
export async function voidWithServer(ctx: ServiceContext, id: string, reason: string): Promise<CallOutput<'docNumbers.void'>> {
  const record = voidNumber(ctx, id, reason);
  const connected = session(ctx);
  if (!connected) return record;
  const { db } = ctx;
  try {
    const reply = await requestJson(connected.target, 'POST', '/api/v1/numbers/void', { token: connected.token, body: voidRequest(byId(db, id)!) });
    const number = ServerNumberSchema.nullable().parse(reply.number ?? null);
    if (number) db.transaction(() => storeServerNumber(db, number))();
  } catch (error) {
    if (error instanceof Offline || error instanceof ServerSaid) return record;
    throw error;
  }
  return toRecord(byId(db, id)!);
}

/** Numbers here that the server must still confirm. */
export const provisionalNumbers = (db: Db) => db.prepare('SELECT count(*) FROM doc_numbers WHERE provisional = 1').pluck().get() as number;

/**
 * At sync: every number here the server has not recorded (taken offline, or before the PC was
 * connected) is sent to be confirmed or replaced; a 作废 made here reaches the server; then the
 * register here becomes the server's. Returns how many numbers the server confirmed or replaced.
 */
export async function reconcileNumbers(ctx: ServiceContext, target: Target, token: string): Promise<number> {
  const { db } = ctx;
  const registerNow = async () => z.array(ServerNumberSchema).parse((await requestJson(target, 'GET', '/api/v1/numbers', { token })).numbers);
  const before = await registerNow();
  const known = new Map(before.map((number) => [number.id, number]));
  const local = provenRows(db, 'doc_numbers', db.prepare('SELECT * FROM doc_numbers ORDER BY issued_at, id').all() as (DocNumberRow & { series: string })[]);
  let settled = 0;
  for (const row of local) {
    if (known.has(row.id)) continue;
    await requestJson(target, 'POST', '/api/v1/numbers/take', { token, body: takeRequest(row, row.number) });
    settled++;
  }
  for (const row of local) {
    if (row.voided_at === null || known.get(row.id)?.voided) continue;
    await requestJson(target, 'POST', '/api/v1/numbers/void', { token, body: voidRequest(row) });
  }
  const register = settled > 0 || local.some((row) => row.voided_at !== null) ? await registerNow() : before;
  db.transaction(() => {
    for (const number of register) storeServerNumber(db, number);
  })();
  return settled;
}
