import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type pg from 'pg';
import { z } from 'zod';
import { readAudit } from '../accounts/audit';
import type { Account } from '../accounts/accounts';
import { login, LoginRefused, logout, sessionAccount, type Certifier } from '../accounts/sessions';
import { readKeyList } from '../keys/rootFolder';
import { HttpRefused, readJson } from './body';
import { pullSince } from '../sync/pull';
import { pushDraft, PushRefused } from '../sync/push';
import { purgeDraft } from '../sync/draftEvents';
import { recordThinned, ThinnedSchema } from '../sync/thinned';
import { noticesReadSince, NoticesReadSchema, recordNoticesRead } from '../sync/noticesRead';
import { CasePushSchema, CaseRefused, pullCasesSince, pushCase } from '../sync/cases';
import { register, TakeSchema, takeNumber, VoidSchema, voidNumber } from '../sync/docNumbers';
import { NEWER_FORMAT, PayloadSchema, PurgeSchema, PushSchema, SYNC_FORMAT, syncFormatFor } from '../sync/syncFormat';

/** One draft with its whole history: a 30,000-character letter with hundreds of revisions fits. */
const MAX_PUSH_BYTES = 32 << 20;

/** The wire format this server speaks; a client refuses a newer one with a message to upgrade. */
export const SERVER_FORMAT = 1;

export interface ServerContext {
  pool: pg.Pool;
  keysDir: string;
  certifier: Certifier | null;
  now: () => Date;
}

const LoginBody = z
  .object({
    user: z.string().min(1).max(80),
    password: z.string().min(1).max(200),
    keyRequest: z.string().max(8_000).optional(),
  })
  .strict();

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  response.end(text);
}

const address = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

async function requireSession(context: ServerContext, request: IncomingMessage): Promise<Account> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer (\S+)$/.exec(header)?.[1];
  const account = token ? await sessionAccount(context.pool, token, context.now()) : null;
  if (!account) throw new HttpRefused(401, '没有登录，或登录已过期、账户已停用。请重新登录。');
  return account;
}

type Handler = (context: ServerContext, request: IncomingMessage) => Promise<{ status?: number; body: unknown }>;

const routes: Record<string, Handler> = {
  'GET /api/v1/hello': async (context) => {
    const list = readKeyList(context.keysDir);
    return { body: { format: SERVER_FORMAT, bureau: list.body.bureau, root: list.body.root } };
  },
  'POST /api/v1/login': async (context, request) => {
    const parsed = LoginBody.safeParse(await readJson(request, 64 * 1024));
    if (!parsed.success) throw new HttpRefused(400, '登录请求格式不对。');
    const result = await login(
      context.pool,
      { login: parsed.data.user, password: parsed.data.password, address: address(request), keyRequest: parsed.data.keyRequest },
      context.certifier,
      context.now(),
    );
    return {
      body: { token: result.token, expiresAt: result.expiresAt.toISOString(), account: result.account, certified: result.certified, pending: result.pending },
    };
  },
  'POST /api/v1/logout': async (context, request) => {
    await requireSession(context, request);
    await logout(context.pool, /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')![1]);
    return { body: { ok: true } };
  },
  'GET /api/v1/me': async (context, request) => ({ body: { account: await requireSession(context, request) } }),
  'GET /api/v1/keylist': async (context, request) => {
    await requireSession(context, request);
    return { body: readKeyList(context.keysDir) };
  },
  'POST /api/v1/sync/push': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role === 'admin') throw new HttpRefused(403, '管理员账户不同步草稿。');
    const push = PushSchema.safeParse(await readJson(request, MAX_PUSH_BYTES));
    if (!push.success) throw new HttpRefused(400, '同步请求格式不对。');
    if (push.data.format > SYNC_FORMAT) throw new HttpRefused(409, NEWER_FORMAT);
    const payload = PayloadSchema.safeParse(push.data.payload);
    if (!payload.success) throw new HttpRefused(400, '同步内容格式不对或已损坏，未写入任何内容。');
    const result = await pushDraft(context.pool, account, payload.data, readKeyList(context.keysDir).body, context.now());
    return { body: { format: SYNC_FORMAT, ...result } };
  },
  'POST /api/v1/sync/purge': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role === 'admin') throw new HttpRefused(403, '管理员账户不同步草稿。');
    const tombstone = PurgeSchema.safeParse(await readJson(request, 4 * 1024));
    if (!tombstone.success) throw new HttpRefused(400, '同步请求格式不对。');
    if (tombstone.data.format > SYNC_FORMAT) throw new HttpRefused(409, NEWER_FORMAT);
    const result = await purgeDraft(context.pool, account, tombstone.data.draftId, tombstone.data.at, context.now());
    if ('refused' in result) throw new HttpRefused(403, result.refused);
    return { body: { format: SYNC_FORMAT, ...result } };
  },
  'POST /api/v1/sync/thinned': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role === 'admin') throw new HttpRefused(403, '管理员账户不同步草稿。');
    const thinned = ThinnedSchema.safeParse(await readJson(request, 8 << 20));
    if (!thinned.success) throw new HttpRefused(400, '同步请求格式不对。');
    if (thinned.data.format > SYNC_FORMAT) throw new HttpRefused(409, NEWER_FORMAT);
    const result = await recordThinned(context.pool, account, thinned.data);
    if ('refused' in result) throw new HttpRefused(403, result.refused);
    return { body: { format: SYNC_FORMAT, ...result } };
  },
  'POST /api/v1/sync/notices-read': async (context, request) => {
    const account = await requireSession(context, request);
    const read = NoticesReadSchema.safeParse(await readJson(request, 256 * 1024));
    if (!read.success) throw new HttpRefused(400, '同步请求格式不对。');
    if (read.data.format > SYNC_FORMAT) throw new HttpRefused(409, NEWER_FORMAT);
    return { body: { format: SYNC_FORMAT, ...(await recordNoticesRead(context.pool, account, read.data.read)) } };
  },
  'GET /api/v1/sync/notices-read': async (context, request) => {
    const account = await requireSession(context, request);
    const after = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('after') ?? 0);
    if (!Number.isSafeInteger(after) || after < 0) throw new HttpRefused(400, '同步游标不对。');
    return { body: { format: SYNC_FORMAT, ...(await noticesReadSince(context.pool, account, after)) } };
  },
  'POST /api/v1/sync/case': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role === 'admin') throw new HttpRefused(403, '管理员账户不同步案件。');
    const push = CasePushSchema.safeParse(await readJson(request, MAX_PUSH_BYTES));
    if (!push.success) throw new HttpRefused(400, '同步请求格式不对。');
    if (push.data.format > SYNC_FORMAT) throw new HttpRefused(409, NEWER_FORMAT);
    try {
      return { body: { format: SYNC_FORMAT, ...(await pushCase(context.pool, account, push.data, context.now())) } };
    } catch (error) {
      if (error instanceof CaseRefused) throw new HttpRefused(error.status, error.message);
      throw error;
    }
  },
  'POST /api/v1/numbers/take': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role === 'admin') throw new HttpRefused(403, '管理员账户不取号。');
    const take = TakeSchema.safeParse(await readJson(request, 16 * 1024));
    if (!take.success) throw new HttpRefused(400, '取号请求格式不对。');
    if (take.data.format > SYNC_FORMAT) throw new HttpRefused(409, NEWER_FORMAT);
    return { body: { format: SYNC_FORMAT, number: await takeNumber(context.pool, account, take.data, context.now()) } };
  },
  'POST /api/v1/numbers/void': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role === 'admin') throw new HttpRefused(403, '管理员账户不作废发文字号。');
    const voiding = VoidSchema.safeParse(await readJson(request, 16 * 1024));
    if (!voiding.success) throw new HttpRefused(400, '作废请求格式不对。');
    return { body: { format: SYNC_FORMAT, number: await voidNumber(context.pool, account, voiding.data, context.now()) } };
  },
  'GET /api/v1/numbers': async (context, request) => {
    await requireSession(context, request);
    return { body: { format: SYNC_FORMAT, numbers: await register(context.pool) } };
  },
  'GET /api/v1/sync/cases': async (context, request) => {
    await requireSession(context, request);
    const after = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('after') ?? 0);
    if (!Number.isSafeInteger(after) || after < 0) throw new HttpRefused(400, '同步游标不对。');
    return { body: { format: SYNC_FORMAT, ...(await pullCasesSince(context.pool, after)) } };
  },
  'GET /api/v1/sync/pull': async (context, request) => {
    const account = await requireSession(context, request);
    const after = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('after') ?? 0);
    if (!Number.isSafeInteger(after) || after < 0) throw new HttpRefused(400, '同步游标不对。');
    const pulled = await pullSince(context.pool, account, after);
    return { body: { format: syncFormatFor(pulled.drafts), keyList: readKeyList(context.keysDir), ...pulled } };
  },
  'GET /api/v1/audit': async (context, request) => {
    const account = await requireSession(context, request);
    if (account.role !== 'admin') throw new HttpRefused(403, '只有管理员可以查看审计日志。');
    const after = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('after') ?? 0);
    return { body: { entries: await readAudit(context.pool, { afterSeq: Number.isSafeInteger(after) ? after : 0 }) } };
  },
};

export function handler(context: ServerContext) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    const route = routes[`${request.method} ${path}`];
    if (!route) {
      send(response, 404, { error: '没有这个接口。' });
      return;
    }
    route(context, request).then(
      (result) => send(response, result.status ?? 200, result.body),
      (error: unknown) => {
        if (error instanceof HttpRefused) send(response, error.status, { error: error.message });
        else if (error instanceof LoginRefused || error instanceof PushRefused) send(response, error.status, { error: error.message });
        else {
          process.stderr.write(`dafu-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
          send(response, 500, { error: '服务器出错了，请告知信息科查看服务器日志。' });
        }
      },
    );
  };
}

export function makeServer(context: ServerContext, tls: { cert: string; key: string } | null): Server {
  const server = tls ? createHttps({ cert: tls.cert, key: tls.key, minVersion: 'TLSv1.2' }, handler(context)) : createHttp(handler(context));
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  // A PC storing a pulled page can take longer than Node's default 5 s before its next request on the same
  // connection; a connection closed meanwhile resets that request (ECONNRESET) and the sync stops.
  server.keepAliveTimeout = 120_000;
  return server;
}
