import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DRAFTER, reviewPc, rezip, sha, typeParagraph } from '../../testing/reviewTestKit';
import { testBureau } from '../../testing/testBureau';
import type { Payload } from '../../../shared/review/packageFormat';
import { packageOf, samplePayload } from '../../testing/hostile/packageBuilder';
import { makeTestContext } from '../../testing/testContext';
import { runCli } from '../run';
import { fakeIo } from '../../testing/storeFixture';

const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Every row a clerk's work lives in. The search index is left out: it catches up at idle, in
 * whichever run finds it behind, so its pages may change without anything being imported.
 */
function storedWork(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%' ORDER BY name")
      .pluck()
      .all() as string[];
    return JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

async function twoPcs() {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-package-'));
  const [here, there] = [join(dir, 'pc1.sqlite3'), join(dir, 'pc2.sqlite3')];
  const drafter = reviewPc(here);
  drafter.as(DRAFTER);
  const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
  await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
  drafter.ctx.db.close();
  reviewPc(there).ctx.db.close();
  return { dir, here, there, draftId: draft.id, packageFile: join(dir, '答复.dafu') };
}

describe('dafu package', () => {
  it('exports a draft and imports it on another PC; importing again adds nothing and changes nothing stored', async () => {
    const { here, there, draftId, packageFile } = await twoPcs();
    const exported = fakeIo();
    expect(await runCli(['package', 'export', draftId, '-o', packageFile, '--db', here], exported.io)).toBe(0);
    expect(exported.out).toEqual([`已导出草稿包：${packageFile}`]);

    const first = fakeIo();
    expect(await runCli(['package', 'import', packageFile, '--db', there], first.io)).toBe(0);
    expect(first.out[0]).toMatch(new RegExp(`^新建草稿「.+」（${draftId}）$`));
    expect(first.out[1]).toMatch(/^新增版本 \d+ 个，批注 0 条，审核记录 1 条。$/);
    // Without a bureau key list here, the drafter's own key cannot be checked: the submission is kept, shown, and does not count.
    expect(first.out.slice(2)).toEqual([
      '两边的修改没有分叉。',
      expect.stringMatching(/^未验证：「提交审核」（记录写的是王晶（综合科），.+），本机还没有单位密钥清单，无法核实签名人。这一步没有计入。$/),
      '当前状态：起草中',
    ]);

    const afterFirst = storedWork(there);
    const second = fakeIo();
    expect(await runCli(['package', 'import', packageFile, '--db', there], second.io)).toBe(0);
    expect(second.out.slice(1, 3)).toEqual(['草稿包中的内容本机都已有，没有新增。', '两边的修改没有分叉。']);
    expect(storedWork(there)).toBe(afterFirst);
  });

  it('says what it did with the draft’s case: created here, or kept here with the differences listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-package-'));
    const [here, there, packageFile] = [join(dir, 'pc1.sqlite3'), join(dir, 'pc2.sqlite3'), join(dir, '答复.dafu')];
    const facts = {
      kind: 'renda',
      session: '十五届人大二次会议',
      number: '第203号',
      title: '关于改善老旧小区停车的建议',
      proposer: '陈红代表',
      coProposers: [] as string[],
      role: 'lead',
      assignedOn: null,
      dueOn: null,
      replyType: '',
      disclosure: '',
      docNumber: '',
      signer: '',
      handler: '',
      handlerPhone: '',
      leadUnit: '',
      otherUnits: '',
      proposalText: '',
    } as const;
    const drafter = reviewPc(here);
    drafter.as(DRAFTER);
    const { case: registered } = await drafter.handlers['cases.save']({ facts });
    const { draftId } = await drafter.handlers['cases.createReply']({ caseId: registered.id });
    drafter.ctx.db.close();
    const reviewer = reviewPc(there);
    await reviewer.handlers['cases.save']({ facts: { ...facts, number: '203', proposer: '陈红' } });
    reviewer.ctx.db.close();

    await runCli(['package', 'export', draftId, '-o', packageFile, '--db', here], fakeIo().io);
    const elsewhere = join(dir, 'pc3.sqlite3');
    reviewPc(elsewhere).ctx.db.close();
    const created = fakeIo();
    expect(await runCli(['package', 'import', packageFile, '--db', elsewhere], created.io)).toBe(0);
    expect(created.out.at(-1)).toBe('本机原来没有案件第203号「关于改善老旧小区停车的建议」，已按草稿包新建，草稿已归入这件案件。');
    const kept = fakeIo();
    expect(await runCli(['package', 'import', packageFile, '--db', there], kept.io)).toBe(0);
    expect(kept.out.slice(-2)).toEqual([
      '草稿已归入本机已有的案件203号「关于改善老旧小区停车的建议」。',
      '案件203号「关于改善老旧小区停车的建议」的信息与草稿包中的不同，已保留本机的（编号：本机「203」，草稿包「第203号」；提案者/代表：本机「陈红」，草稿包「陈红代表」）。如需采用草稿包中的，请在案件台账中修改。',
    ]);
  });

  it('prints 未验证 for each approval a hand-edited package claims, exits 0, and never says 已签发 for a state that did not verify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-package-'));
    const [here, there, packageFile, forgedFile] = [join(dir, 'pc1.sqlite3'), join(dir, 'pc2.sqlite3'), join(dir, '送审.dafu'), join(dir, '改过的.dafu')];
    const drafter = reviewPc(here);
    const receiver = reviewPc(there);
    drafter.as(DRAFTER);
    const bureau = testBureau();
    bureau.certify(drafter);
    bureau.distribute(drafter, receiver);
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
    await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
    const { data } = await drafter.handlers['package.export']({ draftId: draft.id });
    writeFileSync(packageFile, Buffer.from(data, 'base64'));
    [drafter, receiver].forEach((pc) => pc.ctx.db.close());
    // As a new user would: state set to signed, approve and sign events added, the payload hash recomputed.
    const forged = await rezip(data, (manifest, text) => {
      const payload = JSON.parse(text) as Payload;
      const submit = payload.reviewLog[0];
      const approve = {
        ...submit,
        id: randomUUID(),
        action: 'approve' as const,
        from: 'submitted' as const,
        to: 'approved' as const,
        actor: '李科长',
        actorRole: 'reviewer' as const,
        signature: null,
      };
      const sign = {
        ...approve,
        id: randomUUID(),
        action: 'sign' as const,
        from: 'approved' as const,
        to: 'signed' as const,
        actor: '张局长',
        actorUnit: '局领导',
        actorRole: 'signer' as const,
        signer: '张局长',
        signedOn: '2026-05-26',
      };
      payload.draft.reviewState = 'signed';
      payload.reviewLog.push(approve, sign);
      const edited = JSON.stringify(payload);
      return [{ ...manifest, payloadHash: sha(edited) }, edited];
    });
    writeFileSync(forgedFile, Buffer.from(forged, 'base64'));
    const { io, out } = fakeIo();
    expect(await runCli(['package', 'import', forgedFile, '--db', there], io)).toBe(0);
    expect(out.filter((line) => line.startsWith('未验证：'))).toEqual([
      expect.stringMatching(/^未验证：「审核通过」（记录写的是李科长（综合科），.+），.+。这一步没有计入。$/),
      expect.stringMatching(/^未验证：「签发」（记录写的是张局长（局领导），.+），.+。这一步没有计入。$/),
    ]);
    expect(out.at(-1)).toBe('当前状态：待审核');
    expect(out.join('\n')).not.toContain('当前状态：已签发');
  });

  it('refuses a truncated package with exit 1 and a message, the database unchanged', async () => {
    const { dir, here, there, draftId, packageFile } = await twoPcs();
    await runCli(['package', 'export', draftId, '-o', packageFile, '--db', here], fakeIo().io);
    const truncated = join(dir, '没复制完.dafu');
    const bytes = readFileSync(packageFile);
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 40));
    const before = fileHash(there);
    const { io, out, err } = fakeIo();
    expect(await runCli(['package', 'import', truncated, '--db', there], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['dafu package: 这个文件已损坏或不完整（可能没有复制完），不能导入。请让对方重新导出一份，复制完整后再导入。']);
    expect(fileHash(there)).toBe(before);
  });

  it('explains a wrong call in one line with exit 2', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['package', 'send'], io)).toBe(2);
    expect(err[0]).toMatch(/^dafu package: 请写明 export 或 import/);
    const missing = fakeIo();
    expect(await runCli(['package', 'export', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d'], missing.io)).toBe(2);
    expect(missing.err[0]).toBe('dafu package: 请用 -o 指定要保存的草稿包文件（.dafu）。');
  });

  describe('a package that must not come in', () => {
    async function clerkWithDraft() {
      const dir = mkdtempSync(join(tmpdir(), 'dafu-package-'));
      const db = join(dir, 'dafu.sqlite3');
      makeTestContext(db).ctx.db.close();
      const received = samplePayload({ seed: 7, revisions: 3, replies: 1, events: 1 });
      const first = join(dir, '收到的答复.dafu');
      writeFileSync(first, await packageOf(received));
      expect(await runCli(['package', 'import', first, '--db', db], fakeIo().io)).toBe(0);
      return { dir, db, received };
    }

    /** Imports `file`: exit 1, one line on stderr, nothing on stdout, every table as it was. */
    async function refusedInOneLine(file: string, db: string): Promise<string> {
      const before = storedWork(db);
      const { io, out, err } = fakeIo();
      expect(await runCli(['package', 'import', file, '--db', db], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(storedWork(db)).toBe(before);
      return err[0];
    }

    it("refuses in one line a package that carries a draft here under a new draft id, and the store keeps that draft's history to itself", async () => {
      const { dir, db, received } = await clerkWithDraft();
      const crafted = join(dir, '改了编号的答复.dafu');
      writeFileSync(crafted, await packageOf({ ...received, draft: { ...received.draft, id: '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d' } }));
      const line = await refusedInOneLine(crafted, db);
      expect(line).toBe(
        `dafu package: 草稿包中的版本（编号 ${received.revisions[0].id}）在本机属于另一份草稿，不能导入，本机的数据没有改动。这个文件可能被改动过，请让对方重新导出一份。`,
      );
    });

    it('refuses in one line, at once, a package of 60,000 replies to one comment, naming the limit', async () => {
      const { dir, db } = await clerkWithDraft();
      const flooded = join(dir, '六万条回复.dafu');
      writeFileSync(flooded, await packageOf(samplePayload({ seed: 8, replies: 60_000 })));
      const started = performance.now();
      const line = await refusedInOneLine(flooded, db);
      expect(line).toMatch(/^dafu package: 这个草稿包有 60,001 条批注和回复，超过了上限（最多 10,000 条），不能导入。/);
      expect(performance.now() - started).toBeLessThan(5_000);
    });

    it('refuses in one line a file larger than any package without reading it', async () => {
      const { dir, db } = await clerkWithDraft();
      const huge = join(dir, '很大的文件.dafu');
      writeFileSync(huge, '');
      truncateSync(huge, 80 * 1024 * 1024);
      expect(await refusedInOneLine(huge, db)).toBe('dafu package: 这个文件太大（草稿包最大 75 MB），不是答复函起草助手的草稿包，不能导入。');
    });
  });
});
