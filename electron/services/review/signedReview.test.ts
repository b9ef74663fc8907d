import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { verdictLabel } from '../../../shared/review/verdicts';
import { carry, DRAFTER, drafterAndReviewer, PIN, REVIEWER, reviewPc, SIGNER, typeParagraph, type ReviewPc } from '../../testing/reviewTestKit';
import { testBureau } from '../../testing/testBureau';
import { REMEMBER_PIN_MS } from '../keys/personalKeys';
import { openKey } from '../keys/sealedKey';

const labels = async (pc: ReviewPc, draftId: string) => (await pc.handlers['review.status']({ draftId })).log.map((event) => verdictLabel(event.verdict));

async function submitted(pc: ReviewPc) {
  const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await typeParagraph(pc, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
  await pc.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
  return draft.id;
}

describe('signed review steps on one PC', () => {
  it('signs each step with the personal key: 本机签名 without a key list, 已验证 with one', async () => {
    const pc = reviewPc();
    pc.as(DRAFTER);
    const draftId = await submitted(pc);
    expect(await labels(pc, draftId)).toEqual(['本机签名（未经单位认证）']);
    const bureau = testBureau();
    bureau.certify(pc);
    bureau.distribute(pc);
    expect(await labels(pc, draftId)).toEqual(['已验证（王晶，综合科，起草）']);
  });

  it("does not let a drafter's certified key take a signer's step, even after saying on the PC they are a signer", async () => {
    const { drafter } = drafterAndReviewer();
    const draftId = await submitted(drafter);
    drafter.as({ ...DRAFTER, role: 'signer' });
    expect(() => drafter.handlers['review.transition']({ draftId, action: 'approve' })).toThrow('须由审核人或签发人操作，当前用户的角色是起草人');
    expect((await drafter.handlers['review.status']({ draftId })).state).toBe('submitted');
  });

  it('refuses a step by a revoked key without logging it', async () => {
    const { drafter, bureau } = drafterAndReviewer();
    const draftId = await submitted(drafter);
    bureau.revoke('王晶', new Date('2026-05-26T01:30:00Z'));
    bureau.distribute(drafter);
    await typeParagraph(drafter, draftId, '撤回后又改。');
    expect(() => drafter.handlers['review.transition']({ draftId, action: 'submit' })).toThrow(/当前状态下不能|不能生效/);
    expect((await drafter.handlers['review.status']({ draftId })).log).toHaveLength(1);
  });

  it('asks for the PIN again after a few minutes, and refuses a wrong one', async () => {
    const pc = reviewPc();
    pc.as(DRAFTER);
    const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    pc.advance(REMEMBER_PIN_MS + 1000);
    expect(() => pc.handlers['review.transition']({ draftId: draft.id, action: 'submit' })).toThrow('请输入您的签名口令');
    expect(() => pc.handlers['keys.unlock']({ pin: '000000' })).toThrow('签名口令不对');
    await pc.handlers['keys.unlock']({ pin: PIN });
    expect((await pc.handlers['review.transition']({ draftId: draft.id, action: 'submit' })).state).toBe('submitted');
  });

  it('asks a user without a key to make one first, with a PIN that is not too simple', async () => {
    const pc = reviewPc();
    await pc.handlers['users.set'](DRAFTER);
    const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(() => pc.handlers['review.transition']({ draftId: draft.id, action: 'submit' })).toThrow('还没有，请先设置签名口令');
    expect(() => pc.handlers['keys.create']({ pin: '123456' })).toThrow('太简单');
    const status = await pc.handlers['keys.create']({ pin: '730915' });
    expect(status.personal).toMatchObject({ unlocked: true, certified: null, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(() => pc.handlers['keys.create']({ pin: '730915' })).toThrow('已有个人签名密钥');
  });

  it('keeps the private key out of the database and the package: only its sealed file, readable by its owner alone', async () => {
    const { drafter } = drafterAndReviewer();
    const draftId = await submitted(drafter);
    const vault = drafter.ctx.keyVault!.where;
    const [file] = readdirSync(vault);
    const sealed = JSON.parse(readFileSync(join(vault, file), 'utf8'));
    if (process.platform !== 'win32') expect(statSync(join(vault, file)).mode & 0o777).toBe(0o600);
    expect(sealed).toMatchObject({ format: 'dafu-private-key', cipher: 'aes-256-gcm', kdf: { name: 'scrypt' } });
    const { data } = await drafter.handlers['package.export']({ draftId });
    const everything = JSON.stringify(
      drafter.ctx.db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .pluck()
        .all()
        .map((table) => drafter.ctx.db.prepare(`SELECT * FROM "${String(table)}"`).all()),
    );
    const privateKey = openKey(sealed, PIN);
    expect(privateKey).toMatch(/^[0-9a-f]{64}$/);
    const zip = await JSZip.loadAsync(Buffer.from(data, 'base64'));
    const packed = `${await zip.file('manifest.json')!.async('string')}${await zip.file('payload.json')!.async('string')}`;
    expect(packed).toContain(sealed.publicKey);
    for (const part of [privateKey, privateKey.toUpperCase(), Buffer.from(privateKey, 'hex').toString('base64')]) {
      expect(everything).not.toContain(part);
      expect(packed).not.toContain(part);
    }
  });
});

describe('signed review between PCs', () => {
  it('shows each step of the round trip as 已验证 on both PCs, with name, 科室 and role', async () => {
    const { drafter, reviewer } = drafterAndReviewer();
    const draftId = await submitted(drafter);
    await carry(drafter, reviewer, draftId);
    await reviewer.handlers['review.transition']({ draftId, action: 'approve' });
    reviewer.as(SIGNER);
    await reviewer.handlers['review.transition']({ draftId, action: 'sign', signer: '张局长', signedOn: '2026-05-26' });
    const back = await carry(reviewer, drafter, draftId);
    expect(back.report).toMatchObject({ state: 'signed', notCounted: [], heldBack: null });
    const expected = ['已验证（王晶，综合科，起草）', '已验证（李科长，综合科，审核）', '已验证（张局长，局领导，签发）'];
    expect(await labels(drafter, draftId)).toEqual(expected);
    expect(await labels(reviewer, draftId)).toEqual(expected);
  });

  it('verifies again when a newer key list arrives: 未验证 until the list certifies the key, then counted', async () => {
    const drafter = reviewPc();
    const reviewer = reviewPc();
    drafter.as(DRAFTER);
    reviewer.as(REVIEWER);
    const draftId = await submitted(drafter);
    const first = await carry(drafter, reviewer, draftId);
    expect(first.report.state).toBe('drafting');
    expect(await labels(reviewer, draftId)).toEqual(['未验证（本机还没有单位密钥清单，无法核实签名人）']);
    const bureau = testBureau();
    bureau.certify(drafter);
    const imported = await reviewer.handlers['keys.importList']({ text: bureau.listFile(), fingerprint: bureau.fingerprint });
    expect(imported).toMatchObject({ outcome: 'imported', pinned: 'new', changed: [{ draftId, from: 'drafting', to: 'submitted' }] });
    expect(await labels(reviewer, draftId)).toEqual(['已验证（王晶，综合科，起草）']);
  });

  it('shows an approval signed before a revocation but first received after it as 撤销后收到，需核实, and does not count it', async () => {
    const { drafter, reviewer, bureau } = drafterAndReviewer();
    const draftId = await submitted(drafter);
    await carry(drafter, reviewer, draftId);
    await reviewer.handlers['review.transition']({ draftId, action: 'approve' });
    reviewer.advance(60_000);
    reviewer.unlock();
    const { data } = await reviewer.handlers['package.export']({ draftId });
    // IT revokes the reviewer's key; the drafter gets the new list, and only then the package.
    bureau.revoke('李科长', new Date(reviewer.ctx.now().getTime() - 30_000));
    bureau.distribute(drafter);
    drafter.advance(120_000);
    const report = await drafter.handlers['package.import']({ data });
    expect(report.state).toBe('submitted');
    expect(report.notCounted.map((item) => [item.action, item.actor, verdictLabel(item.verdict)])).toEqual([['approve', '李科长', '撤销后收到，需核实']]);
  });

  it('enters a 签发 given on paper as 代录签发 by a secretary IT gave the permission, naming the leader', async () => {
    const { drafter, reviewer, bureau } = drafterAndReviewer();
    const draftId = await submitted(drafter);
    await carry(drafter, reviewer, draftId);
    await reviewer.handlers['review.transition']({ draftId, action: 'approve' });
    reviewer.as({ name: '陈秘书', unit: '办公室', role: 'drafter' });
    expect(() => reviewer.handlers['review.transition']({ draftId, action: 'paperSign', signer: '张局长', signedOn: '2026-05-25' })).toThrow(
      '须有代录签发权限',
    );
    bureau.certify(reviewer, { permissions: ['paperSign'] });
    bureau.distribute(drafter, reviewer);
    const signed = await reviewer.handlers['review.transition']({ draftId, action: 'paperSign', signer: '张局长', signedOn: '2026-05-25' });
    expect(signed.state).toBe('signed');
    expect(signed.log.at(-1)).toMatchObject({ action: 'paperSign', actor: '陈秘书', signer: '张局长', signedOn: '2026-05-25' });
    expect(verdictLabel(signed.log.at(-1)!.verdict)).toBe('已验证（陈秘书，办公室，起草）');
    expect((await carry(reviewer, drafter, draftId)).report.state).toBe('signed');
  });
});
