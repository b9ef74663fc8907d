import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { SYNC_FORMAT } from '../../../shared/api/syncCalls';
import { Uuid } from '../../../shared/model/draft';
import type { ServiceContext } from '../context';
import { countNoticesReadAfter, newestNoticeRead, noticesReadAfter, recordNoticesRead } from './noticesRead';
import { readConnection, writeConnection, type Connection } from './client/connection';
import { requestJson, type Target } from './client/httpClient';

/** How far this PC's 知道了 marks have reached the server: the position of the last one sent. */
const SENT = 'notices:read';
const PAGE = 1000;

const PulledSchema = z.object({
  cursor: z.number().int().min(0),
  more: z.boolean(),
  read: z.array(z.object({ eventId: Uuid, at: z.string().min(1).max(40) })).max(PAGE),
});

/** The 知道了 marks made here that the server has not had yet. */
export const unsentNoticesRead = (ctx: ServiceContext, connection: Connection) => countNoticesReadAfter(ctx.db, connection.acknowledged[SENT] ?? 0);

/** Sends the notices marked read here that the server may lack (those marked while it could not be reached). */
export async function pushNoticesRead(ctx: ServiceContext, target: Target, connection: Connection): Promise<void> {
  for (;;) {
    const marks = noticesReadAfter(ctx.db, connection.acknowledged[SENT] ?? 0, PAGE);
    if (marks.length === 0) return;
    const read = marks.map(({ eventId, at }) => ({ eventId, at }));
    await requestJson(target, 'POST', '/api/v1/sync/notices-read', { token: connection.token, body: { format: SYNC_FORMAT, read } });
    connection.acknowledged[SENT] = marks[marks.length - 1].position;
  }
}

/** Hides here the notices the account read on its other PCs. Call after the drafts were pulled: a mark needs its event. */
export async function pullNoticesRead(ctx: ServiceContext, target: Target, connection: Connection): Promise<void> {
  for (let more = true; more;) {
    const reply = PulledSchema.safeParse(
      await requestJson(target, 'GET', `/api/v1/sync/notices-read?after=${connection.noticesCursor ?? 0}`, { token: connection.token }),
    );
    if (!reply.success) throw new ApiError('conflict', '从服务器收到的已读记录已损坏，没有写入。请告知信息科。');
    const allSent = (connection.acknowledged[SENT] ?? 0) >= newestNoticeRead(ctx.db);
    recordNoticesRead(ctx.db, reply.data.read);
    // The marks just pulled came from the server: they are not sent back.
    if (allSent) connection.acknowledged[SENT] = newestNoticeRead(ctx.db);
    connection.noticesCursor = reply.data.cursor;
    more = reply.data.more;
  }
}

/**
 * Marks at positions after `from`, up to `to`, went up at once (知道了 while connected): when every mark
 * before them had been sent, the sent position moves past them and the next sync leaves them out.
 */
export function notePostedNoticesRead(syncDir: string, url: string, from: number, to: number): void {
  const connection = readConnection(syncDir);
  if (!connection || connection.url !== url || (connection.acknowledged[SENT] ?? 0) < from) return;
  writeConnection(syncDir, { ...connection, acknowledged: { ...connection.acknowledged, [SENT]: Math.max(connection.acknowledged[SENT] ?? 0, to) } });
}
