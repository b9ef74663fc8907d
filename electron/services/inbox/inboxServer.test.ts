import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { addUser, runningServer, serverCli } from '../../../server/testing/testServer';
import type { CallOutput } from '../../../shared/api/contract';
import { connectedPcs, ok, on, sync, syncSuite } from '../../testing/syncTestKit';
import { readConnection, writeConnection } from '../sync/client/connection';

const suite = syncSuite('inbox-unit', sharedPgCluster);

describe('待我审核 through the server', () => {
  it('sent to 本科室全部审核人, the draft waits for a reviewer who joined the 科室 after the step was taken', async () => {
    const running = { ...(await runningServer(suite.cluster!)), addUser };
    // 本科室全部审核人 is a choice once the 科室 has more than one reviewer.
    const { pg, keysDir, pcs, stop } = await connectedPcs(running, suite.dir, [
      { login: '王晶', role: 'drafter', cn: '起草' },
      { login: '李科长', role: 'reviewer', cn: '审核' },
      { login: '孙副科长', role: 'reviewer', cn: '审核' },
    ]);
    try {
      const rootPrint = (await serverCli(['init', '--pg', pg, '--keys', keysDir])).out.match(/根密钥指纹：(.+)/)![1];
      const takeList = (db: string) => ok(['keys', 'import-list', join(keysDir, 'keylist.json'), '--fingerprint', rootPrint, '--db', db]);
      const [wang] = pcs;
      await takeList(wang);
      const letter = join(suite.dir, 'letter.txt');
      writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的关于加快发展夜间经济的提案收悉。现答复如下。\n');
      const draftId = (JSON.parse(await ok(['import', letter, '--db', wang, '--json'])) as { id: string }).id;
      expect(await ok(['review', 'submit', draftId, '--to', '本科室', '--db', wang])).toMatch(/送 综合科全部审核人/);
      await sync(wang);

      // 周副科长 joins 综合科 afterwards: IT adds the account, his PC enrols, takes the list and syncs.
      const [zhou] = (await connectedPcs(running, suite.dir, [{ login: '周副科长', role: 'reviewer', cn: '审核' }])).pcs;
      await takeList(zhou);
      await sync(zhou);
      const inbox = await on<CallOutput<'inbox.list'>>(zhou, 'inbox.list', {});
      expect(inbox.waiting).toEqual([expect.objectContaining({ draftId, sentBy: '王晶', state: 'submitted' })]);
    } finally {
      await stop();
    }
  }, 120_000);

  it("知道了 on one of the drafter's PCs hides the notice on her other PC after its sync; marked offline, it reaches the server at the next sync", async () => {
    const running = { ...(await runningServer(suite.cluster!)), addUser };
    const { pg, keysDir, pcs, server, stop } = await connectedPcs(running, suite.dir, [
      { login: '王晶', role: 'drafter', cn: '起草' },
      { login: '李科长', role: 'reviewer', cn: '审核' },
    ]);
    try {
      const rootPrint = (await serverCli(['init', '--pg', pg, '--keys', keysDir])).out.match(/根密钥指纹：(.+)/)![1];
      const takeList = (db: string) => ok(['keys', 'import-list', join(keysDir, 'keylist.json'), '--fingerprint', rootPrint, '--db', db]);
      const [wang, li] = pcs;
      // 王晶's second PC: the same user and account, logged in without a new key.
      const wangId = (await ok(['user', '--db', wang])).match(/用户编号 (\S+)/)![1];
      const laptop = join(suite.dir, '王晶-笔记本', 'dafu.sqlite3');
      await ok(['user', '--name', '王晶', '--unit', '综合科', '--role', '起草', '--id', wangId, '--db', laptop]);
      await ok(['login', server.url, '--user', '王晶', '--password-stdin', '--db', laptop], 'correct horse 1\n');
      for (const db of [wang, li, laptop]) await takeList(db);

      const letter = join(suite.dir, 'notice-letter.txt');
      writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的关于加快发展夜间经济的提案收悉。现答复如下。\n');
      const draftId = (JSON.parse(await ok(['import', letter, '--db', wang, '--json'])) as { id: string }).id;
      await ok(['review', 'submit', draftId, '--db', wang]);
      await sync(wang);
      await sync(li);
      await ok(['review', 'return', draftId, '--reason', '请写全称', '--db', li]);
      await sync(li);
      const notices = async (db: string) => (await on<CallOutput<'inbox.list'>>(db, 'inbox.list', {})).notices.map((notice) => notice.eventId);
      await sync(wang);
      await sync(laptop);
      const [returned] = await notices(wang);
      expect(await notices(laptop)).toEqual([returned]);

      // Offline on the office PC: hidden there at once, on the laptop only once the office PC has synced.
      const dir = dirname(wang);
      const connection = readConnection(dir)!;
      writeConnection(dir, { ...connection, url: 'http://127.0.0.1:9' });
      const waiting = async () => (await on<CallOutput<'sync.status'>>(wang, 'sync.status', {})).pending;
      const waitingBefore = await waiting();
      expect(await on(wang, 'inbox.markRead', { eventIds: [returned] })).toEqual({ read: 1 });
      writeConnection(dir, { ...readConnection(dir)!, url: connection.url });
      expect(await notices(wang)).toEqual([]);
      expect(await waiting()).toBe(waitingBefore + 1);
      await sync(laptop);
      expect(await notices(laptop)).toEqual([returned]);
      await sync(wang);
      expect(await waiting()).toBe(waitingBefore);
      await sync(laptop);
      expect(await notices(laptop)).toEqual([]);

      // Connected, the laptop's 知道了 reaches the server at once.
      await ok(['review', 'submit', draftId, '--db', wang]);
      await sync(wang);
      await sync(li);
      await ok(['review', 'approve', draftId, '--db', li]);
      await sync(li);
      await sync(laptop);
      const [approved] = await notices(laptop);
      await on(laptop, 'inbox.markRead', { eventIds: [approved] });
      const onServer = await running.server.pool.query<{ event_id: string }>('SELECT event_id FROM sync_notices_read ORDER BY seq');
      expect(onServer.rows.map((row) => row.event_id)).toEqual([returned, approved]);
      await sync(wang);
      expect(await notices(wang)).toEqual([]);

      // Neither the marks pulled nor those posted at once go up again: with the server's record cleared, syncs put nothing back.
      await running.server.pool.query('DELETE FROM sync_notices_read');
      for (const db of [wang, laptop]) await sync(db);
      expect((await running.server.pool.query('SELECT event_id FROM sync_notices_read')).rows).toEqual([]);
    } finally {
      await stop();
    }
  }, 120_000);
});
