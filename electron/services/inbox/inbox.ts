import type { CallOutput } from '../../../shared/api/contract';
import { byOldestFirst, noticesFor, waitingFor, type DraftForInbox, type Me } from '../../../shared/review/inbox';
import { recipientOptions } from '../../../shared/trust/recipients';
import { SYNC_FORMAT } from '../../../shared/api/syncCalls';
import type { ServiceContext } from '../context';
import { readConnection } from '../sync/client/connection';
import { Offline, requestJson, ServerSaid } from '../sync/client/httpClient';
import { notePostedNoticesRead } from '../sync/noticesSync';
import { newestNoticeRead, recordNoticesRead } from '../sync/noticesRead';
import { actingAs } from '../review/signedStep';
import { readCurrentUser } from '../review/users';
import { currentTrust, verifiedLog } from '../review/verifiedLog';

interface DraftRow {
  id: string;
  title: string;
  due_on: string | null;
}

const EMPTY = { waiting: [], notices: [] };

/**
 * 待我审核 and the drafter's notices, from the review logs on this PC as they verify now: after a sync
 * they hold what the server sent. Every draft with a review log is replayed (signatures checked once
 * per process): the stored state may lag behind events that arrived but do not count yet.
 */
export function inboxList(ctx: ServiceContext): CallOutput<'inbox.list'> {
  const { db } = ctx;
  const user = readCurrentUser(db);
  if (!user) return EMPTY;
  const trust = currentTrust(db);
  const acting = actingAs(ctx, user, trust);
  const me: Me = { userId: user.id, role: acting.role, unit: acting.unit };
  const rows = db
    .prepare(
      `SELECT d.id, coalesce(d.name, d.title) AS title, c.due_on FROM drafts d LEFT JOIN cases c ON c.id = d.case_id
       WHERE d.deleted_at IS NULL AND d.id IN (SELECT draft_id FROM review_events)`,
    )
    .all() as DraftRow[];
  const read = new Set(db.prepare('SELECT event_id FROM notices_read').pluck().all() as string[]);
  const waiting: CallOutput<'inbox.list'>['waiting'] = [];
  const notices: CallOutput<'inbox.list'>['notices'] = [];
  for (const row of rows) {
    const log = verifiedLog(db, row.id, trust);
    const byId = new Map(log.events.map((event) => [event.id, event]));
    const draft: DraftForInbox = { draftId: row.id, title: row.title, dueOn: row.due_on, counted: log.replay.counted.map((id) => byId.get(id)!) };
    const item = waitingFor(me, draft);
    if (item) waiting.push(item);
    notices.push(...noticesFor(me, draft, read));
  }
  return { waiting: waiting.sort(byOldestFirst), notices: notices.sort((a, b) => b.time.localeCompare(a.time)) };
}

/** Whom the current user can send a step to: the bureau key list's reviewers and signers. */
export function inboxRecipients(ctx: ServiceContext): CallOutput<'inbox.recipients'> {
  const user = readCurrentUser(ctx.db);
  if (!user) return { unit: '', options: [] };
  const trust = currentTrust(ctx.db);
  return { unit: actingAs(ctx, user, trust).unit, options: recipientOptions(trust.list?.keys ?? [], user.id) };
}

/**
 * 知道了: the notices are hidden here, and at once on the server while connected, so the account's
 * other PCs hide them after their next sync. Unreachable, the marks reach the server at the next sync.
 */
export async function markNoticesRead(ctx: ServiceContext, eventIds: readonly string[]): Promise<CallOutput<'inbox.markRead'>> {
  const at = ctx.now().toISOString();
  const read = eventIds.map((eventId) => ({ eventId, at }));
  const before = newestNoticeRead(ctx.db);
  const added = recordNoticesRead(ctx.db, read);
  const connection = readConnection(ctx.syncDir);
  if (added > 0 && connection?.token) {
    const after = newestNoticeRead(ctx.db);
    try {
      await requestJson(connection, 'POST', '/api/v1/sync/notices-read', { token: connection.token, body: { format: SYNC_FORMAT, read } });
      notePostedNoticesRead(ctx.syncDir!, connection.url, before, after);
    } catch (error) {
      if (!(error instanceof Offline || error instanceof ServerSaid)) throw error;
    }
  }
  return { read: added };
}
