import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { sm2Port } from '../../shared/signing/sm2';
import { keyRequestBytes, readKeyRequest, type KeyRequestBody } from '../../shared/trust/keyRequest';
import type { ListedKey } from '../../shared/trust/keyList';
import { audit } from './audit';
import { findAccount, inTransaction, keyListRole, toAccount, type Account } from './accounts';
import { macMatches } from './enrolment';
import { DUMMY_HASH, passwordMatches } from './passwords';

/** Failed logins: at most 5 per user name and 30 per address in 15 minutes, counted in PostgreSQL. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const SESSION_MS = 12 * 3600_000;

/** A refusal the client shows as it is; `status` is the HTTP status it travels with. */
export class LoginRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Certifier {
  /** Certifies a key into the bureau key list (the root is unlocked on the server), or says why not. */
  certify(entry: ListedKey, now: Date): void;
}

export interface LoginRequest {
  login: string;
  password: string;
  address: string;
  /** A key request (shared/trust/keyRequest) with an enrolment MAC: the user's first key. */
  keyRequest?: string;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: Account;
  certified: ListedKey | null;
  /** A later key, waiting for an admin's approval. */
  pending: boolean;
}

async function tooManyFailures(pool: pg.Pool, login: string, address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const { rows } = await pool.query<{ by_login: number; by_address: number }>(
    'SELECT (SELECT count(*) FROM failed_logins WHERE login = $1 AND at > $3)::int AS by_login, (SELECT count(*) FROM failed_logins WHERE address = $2 AND at > $3)::int AS by_address',
    [login, address, since],
  );
  return rows[0].by_login >= MAX_FAILURES_PER_LOGIN || rows[0].by_address >= MAX_FAILURES_PER_ADDRESS;
}

async function fail(pool: pg.Pool, request: LoginRequest, now: Date, why: string): Promise<never> {
  await pool.query('INSERT INTO failed_logins (login, address, at) VALUES ($1, $2, $3)', [request.login.slice(0, 80), request.address, now]);
  await audit(pool, now, request.login.slice(0, 80), 'login.failed', { address: request.address, why });
  throw new LoginRefused('用户名或密码不对。', 401);
}

/** The first key, certified with the account's one-time enrolment code (proved by a MAC over the request). */
async function enrol(
  client: pg.PoolClient,
  pool: pg.Pool,
  account: Account,
  request: LoginRequest,
  body: KeyRequestBody,
  mac: string,
  certifier: Certifier | null,
  now: Date,
): Promise<ListedKey> {
  // Lock the account's codes so two logins with one code cannot both use it.
  const { rows } = await client.query<{ code_hash: string; expires_at: Date }>(
    'SELECT code_hash, expires_at FROM enrolment_codes WHERE account_id = $1 AND used_at IS NULL FOR UPDATE',
    [account.id],
  );
  const code = rows.find((row) => macMatches(row.code_hash, keyRequestBytes(body), mac));
  if (!code) {
    await audit(pool, now, account.login, 'enrol.refused', { address: request.address, why: 'code unknown or used' });
    throw new LoginRefused('登记码不对、已用过或已作废。请向信息科要一个新的登记码。', 403);
  }
  if (code.expires_at <= now) throw new LoginRefused('登记码已过期。请向信息科要一个新的登记码。', 403);
  if (!certifier) throw new LoginRefused('服务器启动时没有解开单位根密钥（DAFU_PIN），暂时不能登记密钥。请告知信息科。', 503);
  const role = keyListRole(account.role as Exclude<Account['role'], 'admin'>);
  const entry: ListedKey = {
    key: body.key,
    userId: body.userId,
    name: account.name,
    unit: account.unit,
    role,
    permissions: account.permissions as ListedKey['permissions'],
    validFrom: now.toISOString(),
    revokedAt: null,
  };
  await client.query('UPDATE enrolment_codes SET used_at = $2 WHERE code_hash = $1', [code.code_hash, now]);
  await client.query('UPDATE accounts SET user_id = $2 WHERE id = $1', [account.id, body.userId]);
  await audit(client, now, account.login, 'enrol', { userId: body.userId, key: body.key, address: request.address });
  // The list is written last: when that fails, the transaction rolls back and the code stays unused.
  certifier.certify(entry, now);
  return entry;
}

export async function login(pool: pg.Pool, request: LoginRequest, certifier: Certifier | null, now: Date): Promise<LoginResult> {
  if (await tooManyFailures(pool, request.login.slice(0, 80), request.address, now)) {
    await audit(pool, now, request.login.slice(0, 80), 'login.throttled', { address: request.address });
    throw new LoginRefused('登录失败次数过多，请 15 分钟后再试。', 429);
  }
  const account = await findAccount(pool, request.login);
  const matches = await passwordMatches(request.password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !matches) return fail(pool, request, now, account ? 'password' : 'no such user');
  if (account.disabled) return fail(pool, request, now, 'disabled');
  let certified: ListedKey | null = null;
  let pending = false;
  return inTransaction(pool, async (client) => {
    if (request.keyRequest !== undefined) {
      const read = readKeyRequest(request.keyRequest, sm2Port);
      if (!read.ok) throw new LoginRefused(read.reason, 400);
      const { body, enrolment } = read.request;
      if (account.role === 'admin') throw new LoginRefused('管理员账户不用个人签名密钥登记。', 403);
      if (account.userId !== null && body.userId !== account.userId) throw new LoginRefused('密钥申请里的用户编号与这个账户不符。', 403);
      if (enrolment) {
        certified = await enrol(client, pool, account, request, body, enrolment.mac, certifier, now);
      } else {
        // A later key (new PC, forgotten PIN) waits for an admin: a password alone never makes a key trusted.
        if (account.userId === null) throw new LoginRefused('第一次登记密钥须带信息科给的登记码（--enrol）。', 403);
        await client.query(
          'INSERT INTO key_requests (id, account_id, public_key, request, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (public_key) DO NOTHING',
          [randomUUID(), account.id, body.key, request.keyRequest, now],
        );
        await audit(client, now, account.login, 'key.requested', { key: body.key, address: request.address });
        pending = true;
      }
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_MS);
    await client.query('INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
      tokenHash(token),
      account.id,
      now,
      expiresAt,
    ]);
    await audit(client, now, account.login, 'login', { address: request.address, enrolled: certified !== null });
    const { rows } = await client.query('SELECT * FROM accounts WHERE id = $1', [account.id]);
    return { token, expiresAt, account: toAccount(rows[0]), certified, pending };
  });
}

/** The account behind a session token, or null when there is none, it expired, or the account is disabled. */
export async function sessionAccount(pool: pg.Pool, token: string, now: Date): Promise<Account | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  // Named: every request asks it, so each pooled connection plans it once.
  const { rows } = await pool.query({
    name: 'session.account',
    text: 'SELECT a.* FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL',
    values: [tokenHash(token), now],
  });
  return rows[0] ? toAccount(rows[0]) : null;
}

export async function logout(pool: pg.Pool, token: string): Promise<void> {
  await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}
