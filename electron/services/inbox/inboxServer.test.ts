import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPgCluster } from '../../../server/testing/pgCluster';
import { addUser, runningServer, serverCli } from '../../../server/testing/testServer';
import type { CallOutput } from '../../../shared/api/contract';
import { connectedPcs, ok, on, sync, syncSuite } from '../../testing/syncTestKit';

const suite = syncSuite('inbox-unit', startPgCluster);

describe('待我审核 through the server', () => {
  it('sent to 本科室全部审核人, the draft waits for a reviewer who joined the 科室 after the step was taken', async () => {
    const running = { ...(await runningServer(suite.cluster!)), addUser };
    const { pg, keysDir, pcs, stop } = await connectedPcs(running, suite.dir, [{ login: '王晶', role: 'drafter', cn: '起草' }]);
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
});
