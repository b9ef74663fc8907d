import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { audit, type Queryable } from './audit';
import { codeKey, newEnrolmentCode } from './enrolment';
import { hashPassword, passwordProblem } from './passwords';

/** `office`: the 办公室, which checks every 科室's drafts for format. */
export const SERVER_ROLES = ['drafter', 'reviewer', 'signer', 'office', 'admin'] as const;
export type ServerRole = (typeof SERVER_ROLES)[number];
export const SERVER_ROLE_LABELS: Record<ServerRole, string> = { drafter: '起草', reviewer: '审核', signer: '签发', office: '办公室', admin: '管理员' };

export class AccountRefused extends Error {}

/** The role a key is certified with: the 办公室 reads and comments but takes no review step, as a drafter's key. */
export const keyListRole = (role: Exclude<ServerRole, 'admin'>): 'drafter' | 'reviewer' | 'signer' => (role === 'office' ? 'drafter' : role);

const ENROLMENT_DAYS = 14;

export interface Account {
  id: string;
  login: string;
  name: string;
  unit: string;
  role: ServerRole;
  permissions: string[];
  disabled: boolean;
  userId: string | null;
}

interface AccountRow {
  id: string;
  login: string;
  name: string;
  unit: string;
  role: ServerRole;
  permissions: string;
  disabled_at: Date | null;
  user_id: string | null;
  password_hash: string;
}

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  login: row.login,
  name: row.name,
  unit: row.unit,
  role: row.role,
  permissions: JSON.parse(row.permissions) as string[],
  disabled: row.disabled_at !== null,
  userId: row.user_id,
});

export async function findAccount(db: Queryable, login: string): Promise<(Account & { passwordHash: string }) | null> {
  const { rows } = await db.query<AccountRow>('SELECT * FROM accounts WHERE login = $1', [login]);
  return rows[0] ? { ...toAccount(rows[0]), passwordHash: rows[0].password_hash } : null;
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  const { rows } = await db.query<AccountRow>('SELECT * FROM accounts ORDER BY unit, login');
  return rows.map(toAccount);
}

export interface NewAccount {
  login: string;
  name?: string;
  unit: string;
  role: ServerRole;
  permissions?: string[];
  password: string;
}

function checkLogin(login: string): void {
  if (!/^[\p{L}\p{N}_.·-]{1,40}$/u.test(login)) throw new AccountRefused('用户名须为 1–40 个字（汉字、字母、数字、下划线、点或连字符）。');
}

async function issueCode(db: Queryable, accountId: string, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const code = newEnrolmentCode();
  const expiresAt = new Date(now.getTime() + ENROLMENT_DAYS * 86_400_000);
  // A new code replaces any unused one: only the newest handed out works.
  await db.query('UPDATE enrolment_codes SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL', [accountId, now]);
  await db.query('INSERT INTO enrolment_codes (code_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    codeKey(code),
    accountId,
    now,
    expiresAt,
  ]);
  return { code, expiresAt };
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
export { inTransaction };

/** Creates an account and its one-time enrolment code (printed once, never stored). */
export async function addAccount(pool: pg.Pool, actor: string, input: NewAccount, now: Date): Promise<{ account: Account; code: string; expiresAt: Date }> {
  checkLogin(input.login);
  if (!SERVER_ROLES.includes(input.role)) throw new AccountRefused('角色须为 drafter、reviewer、signer、office 或 admin。');
  const problem = passwordProblem(input.password);
  if (problem) throw new AccountRefused(problem);
  if (input.unit.length > 60) throw new AccountRefused('科室名称最长 60 个字。');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(pool, async (client) => {
    if (await findAccount(client, input.login)) throw new AccountRefused(`已有用户「${input.login}」。`);
    const id = randomUUID();
    const name = input.name ?? input.login;
    const permissions = JSON.stringify(input.permissions ?? []);
    await client.query('INSERT INTO accounts (id, login, name, unit, role, permissions, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      id,
      input.login,
      name,
      input.unit,
      input.role,
      permissions,
      passwordHash,
      now,
    ]);
    const { code, expiresAt } = await issueCode(client, id, now);
    await audit(client, now, actor, 'account.add', { login: input.login, name, unit: input.unit, role: input.role, permissions: input.permissions ?? [] });
    const account = (await findAccount(client, input.login))!;
    return { account, code, expiresAt };
  });
}

/** A new password and a new enrolment code (for a new PC or a forgotten password); ends every session. */
export async function resetAccount(pool: pg.Pool, actor: string, login: string, password: string, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountRefused(problem);
  const passwordHash = await hashPassword(password);
  return inTransaction(pool, async (client) => {
    const account = await findAccount(client, login);
    if (!account) throw new AccountRefused(`没有用户「${login}」。`);
    await client.query('UPDATE accounts SET password_hash = $2, disabled_at = NULL WHERE id = $1', [account.id, passwordHash]);
    await client.query('DELETE FROM sessions WHERE account_id = $1', [account.id]);
    const issued = await issueCode(client, account.id, now);
    await audit(client, now, actor, 'account.reset', { login });
    return issued;
  });
}

/** Disables an account: its sessions end at once and it cannot log in until reset. */
export async function disableAccount(pool: pg.Pool, actor: string, login: string, now: Date): Promise<void> {
  await inTransaction(pool, async (client) => {
    const account = await findAccount(client, login);
    if (!account) throw new AccountRefused(`没有用户「${login}」。`);
    await client.query('UPDATE accounts SET disabled_at = $2 WHERE id = $1', [account.id, now]);
    await client.query('DELETE FROM sessions WHERE account_id = $1', [account.id]);
    await audit(client, now, actor, 'account.disable', { login });
  });
}
