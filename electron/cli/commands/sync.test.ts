import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { addUser, runningServer, serverCli } from '../../../server/testing/testServer';
import { startServer } from '../../../server/startup/serverMain';
import { dafu, syncSuite } from '../../testing/syncTestKit';

const suite = syncSuite('sync-cli', sharedPgCluster);

/** A PC: its own folder with its database, keys and sync.json. */
function pc(name: string) {
  const folder = join(suite.dir, name);
  return join(folder, 'dafu.sqlite3');
}

describe('two PCs sync through the bureau server', () => {
  it('王晶 drafts on her PC, logs in with her enrolment code and syncs; 李科长 logs in on his and the draft comes down', async () => {
    const { server, pg, keysDir, stop } = await runningServer(suite.cluster!);
    try {
      const wangCode = await addUser(pg, '王晶', 'drafter', 'correct horse 1', '综合科');
      const liCode = await addUser(pg, '李科长', 'reviewer', 'correct horse 2', '综合科');
      const a = pc('wang');
      const b = pc('li');
      expect((await dafu(['user', '--name', '王晶', '--unit', '办公室', '--role', '起草', '--db', a])).code).toBe(0);
      const letter = join(suite.dir, 'letter.txt');
      writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的关于加快发展夜间经济的提案收悉。现答复如下。\n');
      const imported = await dafu(['import', letter, '--db', a, '--json']);
      expect(imported.code).toBe(0);
      const draftId = (JSON.parse(imported.out) as { id: string }).id;

      expect((await dafu(['sync', '--db', a])).err).toMatch(/还没有连接单位服务器/);
      const login = await dafu(['login', server.url, '--user', '王晶', '--password-stdin', '--enrol', wangCode, '--db', a], 'correct horse 1\n');
      expect(login.err).toBe('');
      expect(login.out).toMatch(/已连接单位服务器：王晶/);
      expect(login.out).toMatch(/签名密钥已由单位根密钥认证/);

      const up = await dafu(['sync', '--json', '--db', a]);
      expect(up.code).toBe(0);
      const report = JSON.parse(up.out) as { up: { drafts: number; revisions: number }; status: { label: string } };
      expect(report.up.drafts).toBe(1);
      expect(report.up.revisions).toBeGreaterThan(0);
      expect(report.status.label).toBe('已同步');

      expect((await dafu(['user', '--name', '李科长', '--unit', '综合科', '--role', '审核', '--db', b])).code).toBe(0);
      expect((await dafu(['login', server.url, '--user', '李科长', '--password-stdin', '--enrol', liCode, '--db', b], 'correct horse 2\n')).code).toBe(0);
      const down = await dafu(['sync', '--db', b]);
      expect(down.code).toBe(0);
      expect(down.out).toMatch(/取回：草稿 1 份/);
      expect(down.out).toMatch(/已同步/);
      // 李科长's PC now holds the same revisions as 王晶's.
      const ids = async (db: string) => (JSON.parse((await dafu(['history', draftId, '--json', '--db', db])).out) as { id: string }[]).map((r) => r.id).sort();
      expect(await ids(b)).toEqual(await ids(a));
      expect((await ids(a)).length).toBeGreaterThan(0);

      // A review step taken on the connected PC reaches the server at the next sync, and 李科长's PC.
      const submitted = await dafu(['review', 'submit', draftId, '--db', a]);
      expect(submitted.err).toBe('');
      const withEvent = JSON.parse((await dafu(['sync', '--json', '--db', a])).out) as { up: { events: number } };
      expect(withEvent.up.events).toBe(1);
      await dafu(['sync', '--db', b]);
      const status = JSON.parse((await dafu(['review', 'log', draftId, '--json', '--db', b])).out) as { state: string; log: unknown[] };
      expect(status.log).toHaveLength(1);
      // His PC has not pinned the bureau root yet: the step is kept, shown 未验证, and changes nothing there;
      // the sync names the root's fingerprint instead of trusting what the server says.
      expect(status.state).toBe('drafting');
      expect((await dafu(['sync', '--db', b])).out).toMatch(/本机还没有认可/);
      // He compares the fingerprint IT announced and imports the list once; from then on sync keeps it current.
      const rootPrint = (await serverCli(['init', '--pg', pg, '--keys', keysDir])).out.match(/根密钥指纹：(.+)/)![1];
      expect((await dafu(['keys', 'import-list', join(keysDir, 'keylist.json'), '--fingerprint', rootPrint, '--db', b])).code).toBe(0);
      const verified = JSON.parse((await dafu(['review', 'log', draftId, '--json', '--db', b])).out) as { state: string };
      expect(verified.state).toBe('submitted');

      // Nothing new: a second sync moves nothing either way.
      const again = await dafu(['sync', '--json', '--db', a]);
      expect(JSON.parse(again.out)).toMatchObject({ up: { drafts: 0 }, down: { revisions: 0 } });
    } finally {
      await stop();
    }
  }, 120_000);

  it('over TLS the first login needs the announced fingerprint; a changed certificate is refused', async () => {
    const { pg, keysDir, stop } = await runningServer(suite.cluster!);
    const tlsDir = join(suite.dir, 'tls');
    let tls = await startServer({ pg, listen: '127.0.0.1:0', insecureLoopback: false, keysDir, tlsDir });
    try {
      await addUser(pg, '赵敏', 'drafter', 'correct horse 3');
      const c = pc('zhao');
      await dafu(['user', '--name', '赵敏', '--unit', '办公室', '--role', '起草', '--db', c]);
      const blind = await dafu(['login', tls.url, '--user', '赵敏', '--password-stdin', '--db', c], 'correct horse 3');
      expect(blind.code).toBe(1);
      expect(blind.err).toContain(tls.certificateFingerprint!);
      const wrong = await dafu(
        ['login', tls.url, '--user', '赵敏', '--password-stdin', '--fingerprint', 'AA:'.repeat(31) + 'AA', '--db', c],
        'correct horse 3',
      );
      expect(wrong.err).toMatch(/与您填写的不同/);
      const right = await dafu(
        ['login', tls.url, '--user', '赵敏', '--password-stdin', '--fingerprint', tls.certificateFingerprint!, '--db', c],
        'correct horse 3',
      );
      expect(right.code).toBe(0);
      expect((await dafu(['sync', '--db', c])).code).toBe(0);

      // IT's certificate is replaced behind the clerk's back: the PC refuses to talk to it.
      const port = new URL(tls.url).port;
      await tls.close();
      rmSync(tlsDir, { recursive: true });
      tls = await startServer({ pg, listen: `127.0.0.1:${port}`, insecureLoopback: false, keysDir, tlsDir });
      const changed = await dafu(['sync', '--db', c]);
      expect(changed.code).toBe(1);
      expect(changed.err).toMatch(/证书与第一次连接时不同/);
    } finally {
      await tls.close();
      await stop();
    }
  }, 120_000);
});
