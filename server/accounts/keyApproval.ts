import type pg from 'pg';
import { fingerprintOf, formatFingerprint } from '../../shared/signing/port';
import { sm2Port } from '../../shared/signing/sm2';
import type { ListedKey } from '../../shared/trust/keyList';
import { KeyRequestSchema } from '../../shared/trust/keyRequest';
import { certifyIntoList, unlockRoot } from '../keys/rootFolder';
import { AccountRefused, inTransaction, keyListRole, toAccount } from './accounts';
import { audit } from './audit';

/** A later key waiting for an admin: who asked, and the fingerprint to compare with the user's screen. */
export interface PendingKey {
  id: string;
  login: string;
  name: string;
  unit: string;
  fingerprint: string;
  createdAt: string;
}

export async function pendingKeys(pool: pg.Pool): Promise<PendingKey[]> {
  const { rows } = await pool.query<{ id: string; login: string; name: string; unit: string; public_key: string; created_at: Date }>(
    'SELECT r.id, a.login, a.name, a.unit, r.public_key, r.created_at FROM key_requests r JOIN accounts a ON a.id = r.account_id WHERE r.decided_at IS NULL ORDER BY r.created_at',
  );
  return rows.map((row) => ({
    id: row.id,
    login: row.login,
    name: row.name,
    unit: row.unit,
    fingerprint: formatFingerprint(fingerprintOf(sm2Port, row.public_key)),
    createdAt: row.created_at.toISOString(),
  }));
}

/** Certifies a waiting key into the key list with the root (PIN given), as the account's role and 科室 say. */
export async function approveKey(pool: pg.Pool, keysDir: string, rootPin: string, actor: string, requestId: string, now: Date): Promise<ListedKey> {
  const root = unlockRoot(keysDir, rootPin);
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query(
      'SELECT r.request, r.decided_at, a.* FROM key_requests r JOIN accounts a ON a.id = r.account_id WHERE r.id = $1 FOR UPDATE OF r',
      [requestId],
    );
    if (!/^[0-9a-f-]{36}$/.test(requestId) || !rows[0]) throw new AccountRefused(`没有编号为 ${requestId} 的密钥申请。`);
    if (rows[0].decided_at !== null) throw new AccountRefused('这份密钥申请已经处理过了。');
    const account = toAccount(rows[0]);
    if (account.disabled) throw new AccountRefused(`账户「${account.login}」已停用。`);
    if (account.role === 'admin') throw new AccountRefused('管理员账户不用个人签名密钥。');
    const body = KeyRequestSchema.parse(JSON.parse(rows[0].request as string)).body;
    const entry: ListedKey = {
      key: body.key,
      userId: body.userId,
      name: account.name,
      unit: account.unit,
      role: keyListRole(account.role),
      permissions: account.permissions as ListedKey['permissions'],
      validFrom: now.toISOString(),
      revokedAt: null,
    };
    await client.query("UPDATE key_requests SET decided_at = $2, decision = 'approved' WHERE id = $1", [requestId, now]);
    await audit(client, now, actor, 'key.approved', { login: account.login, key: body.key });
    certifyIntoList(keysDir, root, entry, now);
    return entry;
  });
}
