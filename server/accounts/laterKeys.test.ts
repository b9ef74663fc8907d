import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm2Port } from '../../shared/signing/sm2';
import { KEY_REQUEST_FORMAT, keyRequestBytes } from '../../shared/trust/keyRequest';
import { readKeyList } from '../keys/rootFolder';
import type { PgCluster } from '../testing/pgCluster';
import { sharedPgCluster } from '../testing/sharedPgCluster';
import { addUser, call, keyRequestWith, runningServer, serverCli } from '../testing/testServer';

let cluster: PgCluster;
beforeAll(() => {
  cluster = sharedPgCluster();
});
afterAll(() => cluster?.stop());

/** The same user's second key (a new PC), sent without a code. */
function laterKey(userId: string) {
  const key = sm2Port.generate();
  const body = {
    v: 1 as const,
    userId,
    name: '王晶',
    unit: '办公室',
    role: 'drafter' as const,
    permissions: [],
    key: key.publicKey,
    createdAt: new Date().toISOString(),
    deviceId: 'pc-2',
  };
  return {
    key,
    text: JSON.stringify({ format: KEY_REQUEST_FORMAT, body, proof: sm2Port.sign(key.privateKey, key.publicKey, keyRequestBytes(body)), enrolment: null }),
  };
}

describe('later keys need an admin', () => {
  it('王晶 on a new PC asks for a second key; it waits until IT approves it after comparing the fingerprint', async () => {
    const { server, pg, keysDir, stop } = await runningServer(cluster);
    try {
      const first = keyRequestWith(await addUser(pg, '王晶', 'drafter', 'correct horse 8'));
      await call(server.url, 'POST', '/api/v1/login', { body: { user: '王晶', password: 'correct horse 8', keyRequest: first.text } });

      const second = laterKey(first.body.userId);
      const asked = await call(server.url, 'POST', '/api/v1/login', { body: { user: '王晶', password: 'correct horse 8', keyRequest: second.text } });
      expect(asked.status).toBe(200);
      expect(asked.body.pending).toBe(true);
      expect(readKeyList(keysDir).body.keys).toHaveLength(1);

      // Another person's id in the request is refused outright.
      const someoneElse = laterKey(randomUUID());
      expect(
        (await call(server.url, 'POST', '/api/v1/login', { body: { user: '王晶', password: 'correct horse 8', keyRequest: someoneElse.text } })).status,
      ).toBe(403);

      const pending = await serverCli(['keys', 'pending', '--json', '--pg', pg]);
      const [waiting] = JSON.parse(pending.out) as { id: string; login: string }[];
      expect(waiting.login).toBe('王晶');
      const approved = await serverCli(['keys', 'approve', waiting.id, '--pg', pg]);
      expect(approved.code).toBe(0);
      expect(approved.out).toMatch(/已认证 王晶（办公室，起草）的新密钥/);
      expect(readKeyList(keysDir).body.keys.map((entry) => entry.key)).toEqual([first.key.publicKey, second.key.publicKey]);
      expect((await serverCli(['keys', 'approve', waiting.id, '--pg', pg])).err).toMatch(/已经处理过/);
    } finally {
      await stop();
    }
  });

  it('a first key without an enrolment code is never certified', async () => {
    const { server, pg, keysDir, stop } = await runningServer(cluster);
    try {
      await addUser(pg, '钱进', 'signer', 'correct horse 9');
      const refused = await call(server.url, 'POST', '/api/v1/login', {
        body: { user: '钱进', password: 'correct horse 9', keyRequest: keyRequestWith(null).text },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatch(/登记码/);
      expect((await server.pool.query('SELECT count(*)::int n FROM key_requests')).rows[0].n).toBe(0);
      expect(readKeyList(keysDir).body.keys).toHaveLength(0);
    } finally {
      await stop();
    }
  });
});
