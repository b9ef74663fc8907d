import { describe, expect, it } from 'vitest';
import { sm2Port } from '../signing/sm2';
import { fingerprintOf, formatFingerprint } from '../signing/port';
import { makeBureau } from './bureauFixture';
import { checkKeyList } from './keyList';

const bureau = makeBureau();
const rootPrint = fingerprintOf(sm2Port, bureau.root.publicKey);

describe('a PC receiving the bureau key list', () => {
  it('asks to pin the root the first time, showing the fingerprint IT announced', () => {
    const verdict = checkKeyList(bureau.signList(bureau.list()), null, sm2Port);
    expect(verdict).toMatchObject({ ok: true, firstPin: true, fingerprint: rootPrint });
    expect(formatFingerprint(rootPrint)).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  });

  it('takes a newer list from the pinned root, and the same list again as nothing new', () => {
    const first = bureau.list();
    const pinned = { fingerprint: rootPrint, current: first };
    expect(checkKeyList(bureau.signList(bureau.list(undefined, 2)), pinned, sm2Port)).toMatchObject({ ok: true, firstPin: false, same: false });
    expect(checkKeyList(bureau.signList(first), pinned, sm2Port)).toMatchObject({ ok: true, same: true });
  });

  it('refuses a list signed by another root, even one that is otherwise well made', () => {
    const other = sm2Port.generate();
    const verdict = checkKeyList(bureau.signList(bureau.list(undefined, 5, other), other), { fingerprint: rootPrint, current: bureau.list() }, sm2Port);
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/不是由本机认可的单位根密钥签发的/) });
  });

  it('refuses a list changed after IT signed it: a role raised, a revocation removed', () => {
    const revoked = bureau.list(Object.values(bureau.people).map((who) => bureau.entry(who, { revokedAt: '2026-05-01T00:00:00.000Z' })));
    const file = JSON.parse(bureau.signList(revoked));
    file.body.keys[0].revokedAt = null;
    expect(checkKeyList(JSON.stringify(file), null, sm2Port)).toMatchObject({ ok: false, reason: expect.stringMatching(/签名不符/) });
    const raised = JSON.parse(bureau.signList(bureau.list()));
    raised.body.keys[0].role = 'signer';
    expect(checkKeyList(JSON.stringify(raised), null, sm2Port)).toMatchObject({ ok: false });
  });

  it('refuses an older list, a different list under the same number, a newer format, and what is not a list', () => {
    const pinned = { fingerprint: rootPrint, current: bureau.list(undefined, 3) };
    expect(checkKeyList(bureau.signList(bureau.list(undefined, 2)), pinned, sm2Port)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/比本机已有的（第 3 版）旧/),
    });
    expect(checkKeyList(bureau.signList(bureau.list([], 3)), pinned, sm2Port)).toMatchObject({ ok: false, reason: expect.stringMatching(/内容却不同/) });
    const newer = JSON.parse(bureau.signList(bureau.list()));
    newer.body.v = 2;
    expect(checkKeyList(JSON.stringify(newer), null, sm2Port)).toMatchObject({ ok: false, reason: expect.stringMatching(/先升级/) });
    expect(checkKeyList('{"format":"dafu-package"}', null, sm2Port)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/不是答复函起草助手的单位密钥清单/),
    });
    expect(checkKeyList('not json', null, sm2Port)).toMatchObject({ ok: false });
  });
});
