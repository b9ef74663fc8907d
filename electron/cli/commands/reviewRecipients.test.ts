import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewStatus } from '../../../shared/review/reviewSchemas';
import { dafuLines as dafu, usePin } from '../../testing/cliSuite';

const PIN = '730915';

usePin(PIN);

/** A clerk's PC with a certified key, its user in the bureau key list IT keeps. */
async function enrolled(dir: string, bureau: string, name: string, role: '起草' | '审核') {
  const db = join(dir, name, 'dafu.sqlite3');
  mkdirSync(join(db, '..'), { recursive: true });
  await dafu('user', '--name', name, '--unit', '综合科', '--role', role, '--db', db);
  await dafu('keys', 'new', '--db', db);
  await dafu('keys', 'request', '-o', join(dir, `${name}.dafukey`), '--db', db);
  expect((await dafu('keys', 'certify', join(dir, `${name}.dafukey`), '--role', role, '--bureau', bureau)).code).toBe(0);
  return db;
}

describe('dafu review submit --to', () => {
  it('offers the choices 「送审核：」 does: a reviewer of the key list, or all of the 科室’s reviewers once it has more than one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-review-to-'));
    const bureau = join(dir, 'it', 'bureau');
    const fingerprint = /根密钥指纹：([0-9A-F ]+)/.exec((await dafu('keys', 'init-bureau', '--name', '柳州市商务局', '--bureau', bureau)).text)![1];
    const drafterDb = await enrolled(dir, bureau, '王晶', '起草');
    await enrolled(dir, bureau, '李科长', '审核');
    const importList = async () => {
      await dafu('keys', 'export-list', '-o', join(dir, 'keylist.json'), '--bureau', bureau);
      await dafu('keys', 'import-list', join(dir, 'keylist.json'), '--fingerprint', fingerprint, '--db', drafterDb);
    };
    await importList();
    writeFileSync(join(dir, '答复.txt'), '关于对市政协十三届三次会议第011号提案的答复\n\n现答复如下。\n');
    const newDraft = async () => JSON.parse((await dafu('import', join(dir, '答复.txt'), '--json', '--db', drafterDb)).out[0]).id as string;
    const lastSentTo = async (draftId: string) =>
      (JSON.parse((await dafu('review', 'log', draftId, '--json', '--db', drafterDb)).out[0]) as ReviewStatus).log.at(-1)?.sentTo;

    // Someone not in the list: refused, and the choices are named with their user ids.
    const first = await newDraft();
    const unknown = await dafu('review', 'submit', first, '--to', '00000000-0000-4000-8000-000000000009', '--db', drafterDb);
    expect(unknown.code).toBe(2);
    expect(unknown.text).toMatch(/单位密钥清单里没有这位审核人[\s\S]*李科长（综合科）：[0-9a-f-]{36}/);
    expect(unknown.text).not.toMatch(/本科室全部审核人/);
    expect(await lastSentTo(first)).toBeUndefined();

    const li = /李科长（综合科）：([0-9a-f-]{36})/.exec(unknown.text)![1];
    expect((await dafu('review', 'submit', first, '--to', li, '--db', drafterDb)).text).toMatch(/已提交审核：「.*」，送 李科长，以 王晶 的名义签名，已验证/);
    expect(await lastSentTo(first)).toEqual([{ userId: li, name: '李科长' }]);

    // As in the window, the 科室 as a whole is a choice only once it has more than one reviewer.
    const second = await newDraft();
    const alone = await dafu('review', 'submit', second, '--to', '本科室', '--db', drafterDb);
    expect(alone.code).toBe(2);
    expect(alone.text).toMatch(/本科室的审核人不止一位时才能送本科室全部审核人。可选：\s+李科长（综合科）：/);
    expect(await lastSentTo(second)).toBeUndefined();
    await enrolled(dir, bureau, '周副科长', '审核');
    await importList();
    const both = await dafu('review', 'submit', second, '--to', '00000000-0000-4000-8000-000000000009', '--db', drafterDb);
    expect(both.text).toMatch(/本科室全部审核人（[^）]*）：本科室/);
    expect((await dafu('review', 'submit', second, '--to', '本科室', '--db', drafterDb)).text).toMatch(/送 综合科全部审核人，以 王晶 的名义签名，已验证/);
    expect(await lastSentTo(second)).toEqual([{ unit: '综合科' }]);
    expect((await dafu('review', 'log', second, '--db', drafterDb)).text).toMatch(/王晶（综合科）提交审核（送 综合科全部审核人）/);

    // --to goes with 提交审核 and 审核通过 only.
    expect((await dafu('review', 'return', second, '--reason', '请改', '--to', li, '--db', drafterDb)).text).toMatch(/--to 只用于 submit/);
  }, 60_000);
});
