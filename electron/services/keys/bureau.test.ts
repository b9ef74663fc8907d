import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SignedKeyListSchema } from '../../../shared/trust/keyList';
import { sm2Port } from '../../../shared/signing/sm2';
import { addEnrolment, bureauFiles, certifyRequest, exportBureauList, initBureau, readBureauList, revokeKeys } from './bureau';
import { keyRequestText } from './keyRequestFile';

const PIN = '852456-root';
const now = new Date('2026-05-20T01:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

function itFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-it-'));
  const { fingerprint } = initBureau(dir, '柳州市商务局', PIN, now, 10);
  return { dir, fingerprint };
}

/** A user's key made on their PC and the request file they export, with or without IT's code. */
function requestFrom(name: string, role: 'drafter' | 'reviewer' | 'signer', code?: string) {
  const keys = sm2Port.generate();
  const user = { id: crypto.randomUUID(), name, unit: '综合科', role, permissions: [] };
  return { user, keys, text: keyRequestText(user, keys, '2026-05-19T08:00:00.000Z', 'pc-01', code) };
}

describe('IT makes the bureau root once and keeps the key list', () => {
  it('makes the root and an empty list signed by it, and refuses to make a second root in the same folder', () => {
    const { dir, fingerprint } = itFolder();
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const list = SignedKeyListSchema.parse(JSON.parse(exportBureauList(dir, now)));
    expect(list.body).toMatchObject({ bureau: '柳州市商务局', serial: 1, keys: [] });
    expect(() => initBureau(dir, '柳州市商务局', PIN, now, 10)).toThrow('已经有单位根密钥');
    expect(readFileSync(bureauFiles(dir).log, 'utf8')).toMatch(/^\S+ init-bureau 柳州市商务局 root [0-9A-F ]+\n\S+ export-list serial 1\n$/);
  });

  it('certifies a key from a request file only when IT names the role, and not with a wrong root PIN', () => {
    const { dir } = itFolder();
    const { user, text } = requestFrom('王晶', 'signer');
    expect(() => certifyRequest(dir, PIN, text, {}, now)).toThrow('--role');
    expect(() => certifyRequest(dir, '999999-xx', text, { role: 'drafter' }, now)).toThrow('根密钥口令不对');
    const { entry } = certifyRequest(dir, PIN, text, { role: 'drafter' }, now);
    expect(entry).toMatchObject({ userId: user.id, name: '王晶', role: 'drafter', validFrom: '2026-05-19T08:00:00.000Z', revokedAt: null });
    expect(readBureauList(dir).body.serial).toBe(2);
    expect(() => certifyRequest(dir, PIN, text, { role: 'drafter' }, now)).toThrow('已在单位密钥清单中');
  });

  it('certifies with a one-time enrolment code in the role IT gave with it, once, before it expires', () => {
    const { dir } = itFolder();
    const { code } = addEnrolment(dir, { name: '张局长', unit: '局领导', role: 'signer', permissions: [] }, now);
    expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    expect(readFileSync(bureauFiles(dir).enrolments, 'utf8')).not.toContain(code.replace(/-/g, ''));
    const asked = requestFrom('张局长', 'drafter', code.toLowerCase());
    expect(certifyRequest(dir, PIN, asked.text, {}, now)).toMatchObject({ viaCode: true, entry: { name: '张局长', unit: '局领导', role: 'signer' } });
    const again = requestFrom('张局长', 'signer', code);
    expect(() => certifyRequest(dir, PIN, again.text, {}, now)).toThrow('注册码不对、已用过或已作废');
    const late = addEnrolment(dir, { name: '李科长', unit: '综合科', role: 'reviewer', permissions: [] }, now);
    expect(() => certifyRequest(dir, PIN, requestFrom('李科长', 'reviewer', late.code).text, {}, later(15))).toThrow('已过期');
    expect(() => certifyRequest(dir, PIN, requestFrom('李科长', 'reviewer', 'AAAA-BBBB-CCCC-DDDD').text, {}, now)).toThrow('注册码不对');
  });

  it('refuses a request file changed after the user exported it: a role raised, another key put in', () => {
    const { dir } = itFolder();
    const { text } = requestFrom('王晶', 'drafter');
    const raised = JSON.parse(text);
    raised.body.role = 'signer';
    expect(() => certifyRequest(dir, PIN, JSON.stringify(raised), { role: 'signer' }, now)).toThrow('签名不符');
    const swapped = JSON.parse(text);
    swapped.body.key = sm2Port.generate().publicKey;
    expect(() => certifyRequest(dir, PIN, JSON.stringify(swapped), { role: 'drafter' }, now)).toThrow('签名不符');
    expect(() => certifyRequest(dir, PIN, '{}', { role: 'drafter' }, now)).toThrow('不是答复函起草助手导出的密钥申请文件');
  });

  it('revokes by name or fingerprint, refuses an ambiguous name, and refuses a list edited by hand', () => {
    const { dir } = itFolder();
    const wang = requestFrom('王伟', 'drafter');
    const otherWang = requestFrom('王伟', 'reviewer');
    certifyRequest(dir, PIN, wang.text, { role: 'drafter' }, now);
    certifyRequest(dir, PIN, otherWang.text, { role: 'reviewer' }, now);
    expect(() => revokeKeys(dir, PIN, '王伟', later(1))).toThrow('不止一位「王伟」');
    const [revoked] = revokeKeys(dir, PIN, wang.user.id, later(1));
    expect(revoked).toMatchObject({ name: '王伟', role: 'drafter', revokedAt: later(1).toISOString() });
    expect(() => revokeKeys(dir, PIN, wang.user.id, later(2))).toThrow('没有「');
    const file = bureauFiles(dir).list;
    const edited = JSON.parse(readFileSync(file, 'utf8'));
    edited.body.keys[0].revokedAt = null;
    writeFileSync(file, JSON.stringify(edited));
    expect(() => readBureauList(dir)).toThrow('已损坏或被改动过');
  });
});
