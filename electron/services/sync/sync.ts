import { ApiError } from '../../../shared/api/errors';
import { provenRows } from '../../db/rowSums/provenRows';
import { countValueEvents, DRAFT_EVENTS } from '../../db/valueEventRows';
import { SERVER_NEWER, SYNC_FORMAT, syncFormatFor } from '../../../shared/api/syncCalls';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import type { Payload } from '../../../shared/review/packageFormat';
import { PullPageSchema, pulledPayload } from '../../../shared/review/pulledPayload';
import type { ServiceContext } from '../context';
import { keyRequestText } from '../keys/keyRequestFile';
import { personalKey, signingKey } from '../keys/personalKeys';
import { deviceId } from '../keys/trustStore';
import { prepareArrival } from '../packages/arrivedPayload';
import { applyArrived } from '../packages/packageImport';
import { collectPayload } from '../packages/packages';
import { markConnected, markOnServer } from '../revisions/graph/sharedRevisions';
import { isThinned } from '../revisions/retention';
import { isPurged, purgeDraftHere, purgedDrafts, withTrashLifted } from '../drafts/records/draftEvents';
import { requireUser } from '../review/users';
import { importKeyList } from '../review/keyListImport';
import { heldRevisions, keepAfterSigningLines } from './afterSigning';
import { provisionalNumbers, reconcileNumbers } from '../docNumbers/serverNumbers';
import { caseAckKey, caseIds, caseItems, casePush, DAMAGED_CASE, PulledCaseSchema, takeCase } from './caseSync';
import { readConnection, writeConnection, type Connection } from './client/connection';
import { pullNoticesRead, pushNoticesRead, unsentNoticesRead } from './noticesSync';
import { checkAddress, fetchCertificate, normaliseFingerprint, Offline, requestJson, ServerSaid, CERTIFICATE_CHANGED, type Target } from './client/httpClient';

type Status = CallOutput<'sync.status'>;
type Report = CallOutput<'sync.now'>;

const DAMAGED_PULL = '从服务器收到的内容已损坏，没有写入。请告知信息科。';

function where(ctx: ServiceContext): string {
  if (!ctx.syncDir) throw new ApiError('invalid_input', '这个数据库在内存里，不能连接单位服务器。');
  return ctx.syncDir;
}

/**
 * Revisions (those thinned here included: the server had them), review events, comments and name and
 * 回收站 events this PC holds of a draft: what the server must acknowledge.
 */
function localItems(ctx: ServiceContext, draftId: string): number {
  const count = (table: string) => (ctx.db.prepare(`SELECT count(*) FROM ${table} WHERE draft_id = ?`).pluck().get(draftId) as number) ?? 0;
  return count('revisions') + count('revision_tombstones') + count('review_events') + count('comments') + countValueEvents(ctx.db, DRAFT_EVENTS, draftId);
}

const purgeKey = (draftId: string) => `purged:${draftId}`;
const thinnedKey = (draftId: string) => `thinned:${draftId}`;

/** The revisions of a draft thinned here: their tombstones go to the server, which keeps the record. */
function thinnedHere(ctx: ServiceContext, draftId: string): { id: string; at: string }[] {
  const rows = ctx.db.prepare('SELECT * FROM revision_tombstones WHERE draft_id = ? ORDER BY thinned_at, id').all(draftId) as {
    id: string;
    thinned_at: string;
  }[];
  return provenRows(ctx.db, 'revision_tombstones', rows).map((row) => ({ id: row.id, at: row.thinned_at }));
}

const currentHead = (ctx: ServiceContext, draftId: string) =>
  (ctx.db.prepare('SELECT head_revision_id FROM drafts WHERE id = ?').pluck().get(draftId) as string | undefined) ?? null;
const draftIds = (ctx: ServiceContext) => ctx.db.prepare('SELECT id FROM drafts ORDER BY created_at, id').pluck().all() as string[];
const payloadItems = (payload: Payload) => payload.revisions.length + payload.reviewLog.length + payload.comments.length + (payload.draftEvents?.length ?? 0);

export function syncStatus(ctx: ServiceContext): Status {
  const connection = readConnection(ctx.syncDir);
  if (!connection) return { state: 'unconnected', pending: 0, label: '未连接单位服务器', server: null, user: null, lastSyncAt: null };
  const tombstones = purgedDrafts(ctx.db).filter((tombstone) => !connection.acknowledged[purgeKey(tombstone.draftId)]).length;
  const cases = caseIds(ctx.db).reduce((sum, id) => sum + Math.max(0, caseItems(ctx.db, id) - (connection.acknowledged[caseAckKey(id)] ?? 0)), 0);
  const pending = draftIds(ctx).reduce(
    (sum, id) => sum + Math.max(0, localItems(ctx, id) - (connection.acknowledged[id] ?? 0)),
    tombstones + cases + provisionalNumbers(ctx.db) + unsentNoticesRead(ctx, connection),
  );
  const base = { pending, server: connection.url, user: connection.user, lastSyncAt: connection.lastSyncAt };
  if (connection.lastError) return { ...base, state: 'offline', label: pending > 0 ? `离线（待同步 ${pending} 项）` : '离线' };
  return pending > 0 ? { ...base, state: 'pending', label: `待同步 ${pending} 项` } : { ...base, state: 'synced', label: '已同步' };
}

/** Connects this PC's current user to the server; the first time over TLS, only to the fingerprint IT announced. */
export async function connect(ctx: ServiceContext, input: CallInput<'sync.connect'>): Promise<CallOutput<'sync.connect'>> {
  const dir = where(ctx);
  const url = checkAddress(input.url);
  const known = readConnection(dir);
  let certificate: string | null = null;
  let fingerprint: string | null = null;
  try {
    if (url.protocol === 'https:') {
      const presented = await fetchCertificate(url);
      const pinned = known && known.url === url.origin ? known.fingerprint : null;
      if (
        pinned &&
        pinned !== presented.fingerprint &&
        (!input.fingerprint || normaliseFingerprint(input.fingerprint) !== normaliseFingerprint(presented.fingerprint))
      ) {
        throw new ApiError('conflict', CERTIFICATE_CHANGED(pinned, presented.fingerprint));
      }
      if (!pinned && !input.fingerprint) {
        throw new ApiError(
          'invalid_input',
          `第一次连接：服务器证书的指纹是 ${presented.fingerprint}。请与信息科公布的指纹逐位核对，一致时再连接一次并填上它（--fingerprint）。`,
        );
      }
      if (input.fingerprint && normaliseFingerprint(input.fingerprint) !== normaliseFingerprint(presented.fingerprint)) {
        throw new ApiError('conflict', `服务器证书的指纹（${presented.fingerprint}）与您填写的不同，已拒绝连接。请向信息科核实。`);
      }
      certificate = presented.pem;
      fingerprint = presented.fingerprint;
    }
    const user = requireUser(ctx.db);
    let keyRequest: string | undefined;
    if (input.enrolmentCode !== undefined) {
      const key = signingKey(ctx, user.id);
      keyRequest = keyRequestText(user, key, personalKey(ctx, user.id)!.createdAt, deviceId(ctx.db), input.enrolmentCode);
    }
    const target = { url: url.origin, certificate, fingerprint };
    const reply = await requestJson(target, 'POST', '/api/v1/login', { body: { user: input.user, password: input.password, keyRequest } });
    const account = reply.account as { name: string; unit: string; role: string };
    const connection: Connection = {
      v: 1,
      url: url.origin,
      user: input.user,
      certificate,
      fingerprint,
      token: String(reply.token),
      tokenExpiresAt: String(reply.expiresAt),
      cursor: known && known.url === url.origin ? known.cursor : 0,
      acknowledged: known && known.url === url.origin ? known.acknowledged : {},
      lastSyncAt: known?.lastSyncAt ?? null,
      lastError: null,
    };
    writeConnection(dir, connection);
    markConnected(ctx.db);
    return {
      name: account.name,
      unit: account.unit,
      role: account.role,
      certified: reply.certified !== null && reply.certified !== undefined,
      keyPending: reply.pending === true,
      fingerprint,
    };
  } catch (error) {
    if (error instanceof ServerSaid || error instanceof Offline) throw new ApiError(error instanceof Offline ? 'unavailable' : 'conflict', error.message);
    throw error;
  }
}

/**
 * The key list the server hands out, taken exactly as a list file would be: a newer list under the
 * root this PC pinned is imported (every event verified again); a root this PC has not pinned is only
 * named, for the clerk to compare with IT's announcement (the server never makes a key trusted).
 */
function takeKeyList(ctx: ServiceContext, text: string): string | null {
  try {
    const result = importKeyList(ctx, { text });
    if (result.outcome === 'confirm')
      return `服务器上有单位密钥清单（根密钥指纹 ${result.fingerprint}），本机还没有认可。请与信息科公布的指纹核对后，用 dafu keys import-list 导入。`;
    return result.same ? null : `已取得单位密钥清单第 ${result.serial} 版（${result.keys} 把密钥），审核记录已重新核验。`;
  } catch (error) {
    if (error instanceof ApiError) return `服务器给的单位密钥清单未被采用：${error.message}`;
    throw error;
  }
}

/** Pushes what the server lacks, draft by draft, then takes what it has, each draft in one transaction. */
export async function syncNow(ctx: ServiceContext): Promise<Report> {
  const dir = where(ctx);
  const connection = readConnection(dir);
  if (!connection) throw new ApiError('invalid_input', '还没有连接单位服务器（文件 → 连接单位服务器…，或 dafu login）。');
  if (!connection.token || (connection.tokenExpiresAt && connection.tokenExpiresAt <= ctx.now().toISOString()))
    throw new ApiError('conflict', '与单位服务器的登录已过期，请重新连接（dafu login）。');
  const target: Target = connection;
  const up = { drafts: 0, revisions: 0, events: 0, comments: 0, cases: 0, numbers: 0 };
  const down = { drafts: 0, revisions: 0, events: 0, comments: 0, cases: 0 };
  const refused: Report['refused'] = [];
  let keyList: string | null = null;
  const save = (lastError: string | null) =>
    writeConnection(dir, { ...connection, lastError, lastSyncAt: lastError ? connection.lastSyncAt : ctx.now().toISOString() });
  try {
    for (const caseId of caseIds(ctx.db)) {
      const items = caseItems(ctx.db, caseId);
      if (items <= (connection.acknowledged[caseAckKey(caseId)] ?? 0)) continue;
      await requestJson(target, 'POST', '/api/v1/sync/case', { token: connection.token, body: { format: SYNC_FORMAT, ...casePush(ctx.db, caseId) } });
      connection.acknowledged[caseAckKey(caseId)] = items;
      up.cases++;
    }
    for (const draftId of draftIds(ctx)) {
      if (localItems(ctx, draftId) <= (connection.acknowledged[draftId] ?? 0)) continue;
      // A draft in the 回收站 travels too, with its 回收站 event.
      const { row, payload } = withTrashLifted(ctx.db, draftId, () => collectPayload(ctx, draftId, { forServer: true }));
      const items = localItems(ctx, draftId);
      try {
        const reply = await requestJson(target, 'POST', '/api/v1/sync/push', { token: connection.token, body: { format: syncFormatFor([payload]), payload } });
        up.drafts++;
        up.revisions += Number(reply.revisions ?? 0);
        up.events += Number(reply.events ?? 0);
        up.comments += Number(reply.comments ?? 0);
        connection.acknowledged[draftId] = items;
        markOnServer(
          ctx.db,
          draftId,
          payload.revisions.map((revision) => revision.id),
        );
      } catch (error) {
        if (!(error instanceof ServerSaid) || error.status === 401 || error.status === 495) throw error;
        refused.push({ draftId, title: row.name ?? row.title, reason: error.message });
      }
    }
    const refusedHere = new Set(refused.map((draft) => draft.draftId));
    // Counted in one pass: a draft's thinned rows are read and proven only when some are new to the server.
    const thinnedCounts = ctx.db.prepare('SELECT draft_id, count(*) FROM revision_tombstones GROUP BY draft_id').raw().all() as [string, number][];
    for (const [draftId, count] of thinnedCounts) {
      if (refusedHere.has(draftId) || count <= (connection.acknowledged[thinnedKey(draftId)] ?? 0)) continue;
      const thinned = thinnedHere(ctx, draftId);
      await requestJson(target, 'POST', '/api/v1/sync/thinned', { token: connection.token, body: { format: SYNC_FORMAT, draftId, thinned } });
      connection.acknowledged[thinnedKey(draftId)] = count;
    }
    for (const tombstone of purgedDrafts(ctx.db)) {
      if (connection.acknowledged[purgeKey(tombstone.draftId)]) continue;
      await requestJson(target, 'POST', '/api/v1/sync/purge', {
        token: connection.token,
        body: { format: SYNC_FORMAT, draftId: tombstone.draftId, at: tombstone.at },
      });
      connection.acknowledged[purgeKey(tombstone.draftId)] = 1;
      up.drafts++;
    }
    await pushNoticesRead(ctx, target, connection);
    for (let more = true; more;) {
      const reply = await requestJson(target, 'GET', `/api/v1/sync/cases?after=${connection.caseCursor ?? 0}`, { token: connection.token });
      const time = ctx.now().toISOString();
      for (const raw of (reply.cases ?? []) as unknown[]) {
        const parsed = PulledCaseSchema.safeParse(raw);
        if (!parsed.success) throw new ApiError('conflict', DAMAGED_CASE);
        if (ctx.db.transaction(() => takeCase(ctx.db, parsed.data, time))()) down.cases++;
        connection.acknowledged[caseAckKey(parsed.data.case.id)] = Math.max(
          connection.acknowledged[caseAckKey(parsed.data.case.id)] ?? 0,
          1 + parsed.data.events.length,
        );
      }
      connection.caseCursor = Number(reply.cursor ?? connection.caseCursor ?? 0);
      more = reply.more === true;
    }
    const pullPage = (after: number) => {
      const request = requestJson(target, 'GET', `/api/v1/sync/pull?after=${after}`, { token: connection.token });
      request.catch(() => undefined); // awaited below, unless an earlier page already stopped the sync
      return request;
    };
    let nextPage = pullPage(connection.cursor);
    for (let more = true; more;) {
      const raw = await nextPage;
      if (Number(raw.format) > SYNC_FORMAT) throw new ApiError('conflict', SERVER_NEWER);
      const page = PullPageSchema.safeParse(raw);
      if (!page.success) throw new ApiError('conflict', DAMAGED_PULL);
      const reply = page.data;
      // The server makes the next page while this one is stored; the cursor moves only once this one committed.
      if (reply.more) nextPage = pullPage(reply.cursor);
      // A page of drafts is one transaction: one flush to disk, not one per draft (a first sync brings a thousand).
      // What the server acknowledged is taken once the page committed.
      const acknowledged: [string, number][] = [];
      ctx.db.transaction(() => {
        for (const pulled of reply.drafts) {
          const payload = pulledPayload(pulled);
          if (!payload) throw new ApiError('conflict', DAMAGED_PULL);
          // 彻底删除 here: its tombstone keeps it from coming back.
          if (isPurged(ctx.db, payload.draft.id)) continue;
          const before = localItems(ctx, payload.draft.id);
          // Another PC's head that was thinned here lies behind this PC's line: the line stays as it is.
          const head = isThinned(ctx.db, payload.draft.headRevisionId) ? currentHead(ctx, payload.draft.id) : null;
          const carried = head ? { ...payload, draft: { ...payload.draft, headRevisionId: head } } : payload;
          const heldBefore = heldRevisions(ctx.db, payload.afterSigning ?? []);
          // Texts, deltas and compression come from the payload's own chain, not from replaying stored revisions one by one.
          const arrived = prepareArrival(carried);
          // Each revision's text hashed once, while it is prepared: a text that does not match its hash stops the whole page.
          if (arrived.revisions.some((revision) => 'prepared' in revision && revision.prepared.hash !== revision.hash))
            throw new ApiError('conflict', DAMAGED_PULL);
          ctx.db.transaction(() => {
            withTrashLifted(ctx.db, payload.draft.id, () => applyArrived(ctx, arrived));
            keepAfterSigningLines(ctx.db, payload, heldBefore, ctx.now().toISOString());
            markOnServer(
              ctx.db,
              payload.draft.id,
              payload.revisions.map((revision) => revision.id),
            );
          })();
          const after = localItems(ctx, payload.draft.id);
          if (after > before) down.drafts++;
          down.revisions += Math.max(0, after - before);
          // The server holds what this PC thinned too, but leaves it out of the pull: it counts as acknowledged.
          const sent = new Set(payload.revisions.map((revision) => revision.id));
          const thinnedNotSent = thinnedHere(ctx, payload.draft.id).filter((tombstone) => !sent.has(tombstone.id)).length;
          acknowledged.push([payload.draft.id, payloadItems(payload) + thinnedNotSent]);
        }
      })();
      for (const [draftId, items] of acknowledged) connection.acknowledged[draftId] = Math.max(connection.acknowledged[draftId] ?? 0, items);
      for (const tombstone of reply.purged) {
        if (ctx.db.prepare('SELECT 1 FROM drafts WHERE id = ?').get(tombstone.draftId)) down.drafts++;
        ctx.db.transaction(() => purgeDraftHere(ctx.db, tombstone.draftId, tombstone.at))();
        connection.acknowledged[purgeKey(tombstone.draftId)] = 1;
      }
      if (reply.keyList !== undefined && keyList === null) keyList = takeKeyList(ctx, JSON.stringify(reply.keyList));
      connection.cursor = reply.cursor;
      more = reply.more;
    }
    await pullNoticesRead(ctx, target, connection);
    up.numbers = await reconcileNumbers(ctx, target, connection.token);
    save(null);
  } catch (error) {
    if (error instanceof Offline) {
      save(error.message);
      throw new ApiError('unavailable', `${error.message}。已改为离线：本机照常保存，恢复连接后再同步。`);
    }
    if (error instanceof ServerSaid) {
      save(null);
      throw new ApiError(
        error.status === 401 ? 'conflict' : 'conflict',
        error.status === 401 ? '与单位服务器的登录已失效，请重新连接（dafu login）。' : error.message,
      );
    }
    throw error;
  }
  return { up, down, refused, keyList, status: syncStatus(ctx) };
}
