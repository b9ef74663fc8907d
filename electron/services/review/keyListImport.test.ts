import { describe, expect, it } from 'vitest';
import { formatFingerprint } from '../../../shared/signing/port';
import { DRAFTER, reviewPc } from '../../testing/reviewTestKit';
import { testBureau } from '../../testing/testBureau';

describe('a PC receiving the bureau key list', () => {
  it('shows the root fingerprint first, and pins it only once the clerk types back the one IT announced', async () => {
    const pc = reviewPc();
    pc.as(DRAFTER);
    const bureau = testBureau();
    const text = bureau.listFile();
    expect(await pc.handlers['keys.importList']({ text })).toEqual({
      outcome: 'confirm',
      repin: false,
      bureau: '柳州市商务局',
      serial: 1,
      keys: 0,
      fingerprint: bureau.fingerprint,
    });
    expect(() => pc.handlers['keys.importList']({ text, fingerprint: 'ABCD' })).toThrow('指纹不符');
    expect((await pc.handlers['keys.status']({})).list).toBeNull();
    const pinned = await pc.handlers['keys.importList']({ text, fingerprint: formatFingerprint(bureau.fingerprint) });
    expect(pinned).toMatchObject({ outcome: 'imported', pinned: 'new', same: false });
    expect(pc.ctx.db.prepare('SELECT action, fingerprint, previous, by_user FROM trust_log').all()).toEqual([
      { action: 'pin', fingerprint: bureau.fingerprint, previous: null, by_user: '王晶' },
    ]);
    expect(await pc.handlers['keys.importList']({ text })).toMatchObject({ outcome: 'imported', pinned: 'kept', same: true });
  });

  it('afterwards accepts only lists signed by that root, no older than the one it holds', async () => {
    const pc = reviewPc();
    pc.as(DRAFTER);
    const bureau = testBureau();
    const first = bureau.listFile();
    bureau.distribute(pc);
    bureau.certify(pc);
    const second = bureau.listFile();
    expect(await pc.handlers['keys.importList']({ text: second })).toMatchObject({ outcome: 'imported', serial: 2, pinned: 'kept' });
    expect(() => pc.handlers['keys.importList']({ text: first })).toThrow('比本机已有的（第 2 版）旧');
    const impostor = testBureau('柳州市商务局');
    expect(() => pc.handlers['keys.importList']({ text: impostor.listFile() })).toThrow('不是由本机认可的单位根密钥签发的');
    expect((await pc.handlers['keys.status']({})).list).toMatchObject({ serial: 2, fingerprint: bureau.fingerprint });
  });

  it('re-pins to a new root only when asked, with the new fingerprint typed back, and logs it', async () => {
    const pc = reviewPc();
    pc.as(DRAFTER);
    const old = testBureau();
    old.distribute(pc);
    const replacement = testBureau();
    const text = replacement.listFile();
    expect(await pc.handlers['keys.importList']({ text, repin: true })).toMatchObject({
      outcome: 'confirm',
      repin: true,
      fingerprint: replacement.fingerprint,
    });
    expect(await pc.handlers['keys.importList']({ text, repin: true, fingerprint: replacement.fingerprint })).toMatchObject({ pinned: 'repinned' });
    expect(pc.ctx.db.prepare('SELECT action, fingerprint, previous FROM trust_log ORDER BY id').all()).toEqual([
      { action: 'pin', fingerprint: old.fingerprint, previous: null },
      { action: 'repin', fingerprint: replacement.fingerprint, previous: old.fingerprint },
    ]);
    expect(() => pc.handlers['keys.importList']({ text: old.listFile() })).toThrow('不是由本机认可的单位根密钥签发的');
  });
});
