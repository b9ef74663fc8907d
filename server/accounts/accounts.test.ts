import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeyList } from '../keys/rootFolder';
import type { PgCluster } from '../testing/pgCluster';
import { sharedPgCluster } from '../testing/sharedPgCluster';
import { addUser, call, keyRequestWith, runningServer, serverCli } from '../testing/testServer';
import { MAX_FAILURES_PER_LOGIN, SESSION_MS } from './sessions';

let cluster: PgCluster;
beforeAll(() => {
  cluster = sharedPgCluster();
});
afterAll(() => cluster?.stop());

/** Counts every row the server keeps, to show a refused request changed nothing. */
async function snapshot(pool: Pool) {
  const { rows } = await pool.query(
    "SELECT (SELECT count(*) FROM accounts)::int a, (SELECT count(*) FROM sessions)::int s, (SELECT count(*) FROM enrolment_codes WHERE used_at IS NULL)::int c, (SELECT string_agg(login || coalesce(user_id::text, ''), ',' ORDER BY login) FROM accounts) u",
  );
  return rows[0];
}

describe('accounts and enrolment', () => {
  it('IT adds 王晶; she logs in with her password and enrolment code, and her first key is certified', async () => {
    const { server, pg, keysDir, stop } = await runningServer(cluster);
    try {
      const code = await addUser(pg, '王晶', 'drafter', 'correct horse 1');
      expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
      const request = keyRequestWith(code);
      const login = await call(server.url, 'POST', '/api/v1/login', { body: { user: '王晶', password: 'correct horse 1', keyRequest: request.text } });
      expect(login.status).toBe(200);
      expect(login.body.certified).toMatchObject({ key: request.key.publicKey, userId: request.body.userId, role: 'drafter', unit: '办公室' });
      const list = await call(server.url, 'GET', '/api/v1/keylist', { token: String(login.body.token) });
      expect(list.status).toBe(200);
      expect((list.body.body as { keys: unknown[]; serial: number }).keys).toHaveLength(1);
      expect(readKeyList(keysDir).body.serial).toBe(2);

      // The code works once only: a second PC with the same code gets nothing certified.
      const before = await snapshot(server.pool);
      const again = await call(server.url, 'POST', '/api/v1/login', {
        body: { user: '王晶', password: 'correct horse 1', keyRequest: keyRequestWith(code, { userId: request.body.userId }).text },
      });
      expect(again.status).toBe(403);
      expect(again.body.error).toMatch(/登记码不对、已用过/);
      expect(await snapshot(server.pool)).toEqual(before);
      expect(readKeyList(keysDir).body.keys).toHaveLength(1);
    } finally {
      await stop();
    }
  });

  it('a password alone never makes a key trusted, and a wrong code certifies nothing', async () => {
    const { server, pg, keysDir, stop } = await runningServer(cluster);
    try {
      await addUser(pg, '李强', 'reviewer', 'correct horse 2');
      const before = await snapshot(server.pool);
      const noCode = await call(server.url, 'POST', '/api/v1/login', {
        body: { user: '李强', password: 'correct horse 2', keyRequest: keyRequestWith(null).text },
      });
      expect(noCode.status).toBe(403);
      const wrongCode = await call(server.url, 'POST', '/api/v1/login', {
        body: { user: '李强', password: 'correct horse 2', keyRequest: keyRequestWith('ABCD-EFGH-JKMN-PQRS').text },
      });
      expect(wrongCode.status).toBe(403);
      const tampered = keyRequestWith(null);
      const forged = JSON.stringify({ ...JSON.parse(tampered.text), body: { ...tampered.body, name: '张局长' } });
      expect((await call(server.url, 'POST', '/api/v1/login', { body: { user: '李强', password: 'correct horse 2', keyRequest: forged } })).status).toBe(400);
      expect(await snapshot(server.pool)).toEqual(before);
      expect(readKeyList(keysDir).body.keys).toHaveLength(0);
    } finally {
      await stop();
    }
  });

  it('no session, an expired session and a disabled account are all refused', async () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const { server, pg, stop } = await runningServer(cluster, { now: () => now });
    try {
      await addUser(pg, '赵敏', 'admin', 'correct horse 3');
      expect((await call(server.url, 'GET', '/api/v1/keylist')).status).toBe(401);
      expect((await call(server.url, 'GET', '/api/v1/keylist', { token: 'x'.repeat(43) })).status).toBe(401);
      const login = await call(server.url, 'POST', '/api/v1/login', { body: { user: '赵敏', password: 'correct horse 3' } });
      const token = String(login.body.token);
      expect((await call(server.url, 'GET', '/api/v1/me', { token })).status).toBe(200);
      now = new Date(now.getTime() + SESSION_MS + 1000);
      expect((await call(server.url, 'GET', '/api/v1/me', { token })).status).toBe(401);

      const fresh = String((await call(server.url, 'POST', '/api/v1/login', { body: { user: '赵敏', password: 'correct horse 3' } })).body.token);
      expect((await serverCli(['user', 'disable', '赵敏', '--pg', pg])).code).toBe(0);
      expect((await call(server.url, 'GET', '/api/v1/me', { token: fresh })).status).toBe(401);
      expect((await call(server.url, 'POST', '/api/v1/login', { body: { user: '赵敏', password: 'correct horse 3' } })).status).toBe(401);
    } finally {
      await stop();
    }
  });

  it('only an admin reads the audit log, which records logins and admin changes and can be exported', async () => {
    const { server, pg, dir, stop } = await runningServer(cluster);
    try {
      await addUser(pg, '管理员', 'admin', 'correct horse 4', '信息科');
      await addUser(pg, '起草人', 'drafter', 'correct horse 5');
      const drafter = String((await call(server.url, 'POST', '/api/v1/login', { body: { user: '起草人', password: 'correct horse 5' } })).body.token);
      expect((await call(server.url, 'GET', '/api/v1/audit', { token: drafter })).status).toBe(403);
      const admin = String((await call(server.url, 'POST', '/api/v1/login', { body: { user: '管理员', password: 'correct horse 4' } })).body.token);
      const audit = await call(server.url, 'GET', '/api/v1/audit', { token: admin });
      expect(audit.status).toBe(200);
      const actions = (audit.body.entries as { action: string }[]).map((entry) => entry.action);
      expect(actions).toEqual(['account.add', 'account.add', 'login', 'login']);
      const exported = await serverCli(['audit', '--pg', pg, '-o', `${dir}/audit.json`]);
      expect(exported.out).toMatch(/已导出 4 条审计记录/);
    } finally {
      await stop();
    }
  });

  it('brute-force logins are rate-limited, even with the right password afterwards', async () => {
    const { server, pg, stop } = await runningServer(cluster);
    try {
      await addUser(pg, '孙丽', 'drafter', 'correct horse 6');
      for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
        expect((await call(server.url, 'POST', '/api/v1/login', { body: { user: '孙丽', password: `guess-${i}` } })).status).toBe(401);
      }
      const right = await call(server.url, 'POST', '/api/v1/login', { body: { user: '孙丽', password: 'correct horse 6' } });
      expect(right.status).toBe(429);
      expect(right.body.error).toMatch(/失败次数过多/);
      expect((await server.pool.query('SELECT count(*)::int n FROM sessions')).rows[0].n).toBe(0);
    } finally {
      await stop();
    }
  });

  it('SQL metacharacters in every text field are stored as text', async () => {
    const { server, pg, stop } = await runningServer(cluster);
    try {
      const nasty = "x'); DROP TABLE accounts; --";
      const added = await serverCli(
        ['user', 'add', '王_晶', '--role', 'drafter', '--unit', nasty, '--name', `${nasty}"\\`, '--password-stdin', '--pg', pg],
        `${nasty}\n`,
      );
      expect(added.code).toBe(0);
      const login = await call(server.url, 'POST', '/api/v1/login', { body: { user: '王_晶', password: nasty } });
      expect(login.status).toBe(200);
      expect(login.body.account).toMatchObject({ unit: nasty, name: `${nasty}"\\` });
      expect((await call(server.url, 'POST', '/api/v1/login', { body: { user: nasty, password: nasty } })).status).toBe(401);
      expect((await server.pool.query('SELECT count(*)::int n FROM accounts')).rows[0].n).toBe(1);
    } finally {
      await stop();
    }
  });

  it('oversized and malformed requests are refused and change nothing', async () => {
    const { server, pg, stop } = await runningServer(cluster);
    try {
      await addUser(pg, '周涛', 'drafter', 'correct horse 7');
      const before = await snapshot(server.pool);
      const bad: (string | Buffer)[] = [
        '',
        '{',
        'null',
        '[]',
        '"x"',
        '{"user":1}',
        '{"user":"周涛","password":"correct horse 7","extra":1}',
        '\u0000\uffff',
        Buffer.from([0xff, 0xfe, 0x00]),
      ];
      for (let i = 0; i < 40; i++) bad.push(Buffer.from(Array.from({ length: 1 + ((i * 37) % 300) }, (_, j) => (i * 131 + j * 17) % 256)));
      for (const raw of bad) expect((await call(server.url, 'POST', '/api/v1/login', { raw })).status).toBe(400);
      expect((await call(server.url, 'POST', '/api/v1/login', { raw: 'x'.repeat(2 << 20) })).status).toBe(413);
      expect((await call(server.url, 'GET', '/api/v1/nothing')).status).toBe(404);
      expect(await snapshot(server.pool)).toEqual(before);
    } finally {
      await stop();
    }
  });
});
