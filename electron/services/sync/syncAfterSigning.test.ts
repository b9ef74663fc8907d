import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { addUser, runningServer, serverCli } from '../../../server/testing/testServer';
import type { LetterDocument } from '../../../shared/model/document';
import { connectedPcs, ok, on, syncSuite } from '../../testing/syncTestKit';

const suite = syncSuite('sync-signed', sharedPgCluster);

type Status = { state: string; pendingMerges: { id: string }[]; afterSigning?: string[] };

describe('签发后修改 through the server', () => {
  it('an edit made offline while the draft was signed becomes a parallel line on every PC; the signed text stays', async () => {
    const { pg, keysDir, pcs, stop } = await connectedPcs({ ...(await runningServer(suite.cluster!)), addUser }, suite.dir, [
      { login: '王晶', role: 'drafter', cn: '起草' },
      { login: '李科长', role: 'reviewer', cn: '审核' },
      { login: '张局长', role: 'signer', cn: '签发' },
    ]);
    const [a, b, c] = pcs;
    try {
      const rootPrint = (await serverCli(['init', '--pg', pg, '--keys', keysDir])).out.match(/根密钥指纹：(.+)/)![1];
      for (const db of [a, b, c]) await ok(['keys', 'import-list', join(keysDir, 'keylist.json'), '--fingerprint', rootPrint, '--db', db]);

      const letter = join(suite.dir, 'letter.txt');
      writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的关于加快发展夜间经济的提案收悉。现答复如下。\n');
      const draftId = (JSON.parse(await ok(['import', letter, '--db', a, '--json'])) as { id: string }).id;
      await ok(['review', 'submit', draftId, '--db', a]);
      await ok(['sync', '--db', a]);
      await ok(['sync', '--db', b]);
      await ok(['review', 'approve', draftId, '--db', b]);
      await ok(['sync', '--db', b]);
      await ok(['sync', '--db', a]);
      const signedText = (await on<{ content: LetterDocument }>(a, 'drafts.get', { draftId })).content;

      // 王晶 is offline and adds a paragraph; meanwhile 张局长 signs.
      const draft = await on<{ base: string; content: LetterDocument; fields: Record<string, string> }>(a, 'drafts.get', { draftId });
      const edited: LetterDocument = {
        ...draft.content,
        blocks: [...draft.content.blocks, { role: 'body', inlines: [{ t: 'text', text: '签发前没来得及加的一段。' }] }],
      };
      await on(a, 'drafts.save', { draftId, base: draft.base, content: edited, fields: draft.fields });
      await on(a, 'drafts.close', { draftId });
      await ok(['sync', '--db', c]);
      await ok(['review', 'sign', draftId, '--db', c]);
      await ok(['sync', '--db', c]);

      // Back online: nothing is refused; her PC shows the signed text, her edit waits beside it.
      const report = JSON.parse(await ok(['sync', '--json', '--db', a])) as { refused: unknown[] };
      expect(report.refused).toEqual([]);
      const mine = await on<Status>(a, 'review.status', { draftId });
      expect(mine.state).toBe('signed');
      expect((await on<{ content: LetterDocument }>(a, 'drafts.get', { draftId })).content).toEqual(signedText);
      expect(mine.pendingMerges).toHaveLength(1);
      expect(mine.afterSigning).toEqual([mine.pendingMerges[0].id]);

      // The reviewer and the signer see it as a parallel line too; the signed line is unchanged.
      for (const db of [b, c]) {
        await ok(['sync', '--db', db]);
        const theirs = await on<Status>(db, 'review.status', { draftId });
        expect(theirs.state).toBe('signed');
        expect(theirs.pendingMerges.map((line) => line.id)).toEqual(mine.pendingMerges.map((line) => line.id));
        expect(theirs.afterSigning).toEqual(mine.afterSigning);
        expect((await on<{ content: LetterDocument }>(db, 'drafts.get', { draftId })).content).toEqual(signedText);
      }
    } finally {
      await stop();
    }
  }, 150_000);
});
