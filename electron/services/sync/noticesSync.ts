import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { SYNC_FORMAT } from '../../../shared/api/syncCalls';
import { Uuid } from '../../../shared/model/draft';
import type { ServiceContext } from '../context';
import { noticesReadAfter, recordNoticesRead } from '../inbox/noticesRead';
import type { Connection } from './client/connection';
import { requestJson, type Target } from './client/httpClient';

/** How far this PC's 知道了 marks have reached the server: the position of the last one sent. */
const SENT = 'notices:read';
const PAGE = 1000;

const PulledSchema = z.object({
  cursor: z.number().int().min(0),
  more: z.boolean(),
  read: z.array(z.object({ eventId: Uuid, at: z.string().min(1).max(40) })).max(PAGE),
});

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
    recordNoticesRead(ctx.db, reply.data.read);
    connection.noticesCursor = reply.data.cursor;
    more = reply.data.more;
  }
}
