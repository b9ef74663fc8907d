import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dafuLines as dafu, usePin } from '../../testing/cliSuite';

const PIN = '730915';
const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');

usePin(PIN);

/** IT's folder, two clerks' PCs and a folder for the files carried between them. */
function office() {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-keys-cli-'));
  return { bureau: join(dir, 'it', 'bureau'), drafterDb: join(dir, 'pc1', 'dafu.sqlite3'), signerDb: join(dir, 'pc2', 'dafu.sqlite3'), files: dir };
}

describe('dafu keys and dafu review', () => {
  it('takes a bureau from its root to a draft signed off on another PC, every step 已验证', async () => {
    const { bureau, drafterDb, signerDb, files } = office();
    for (const db of [drafterDb, signerDb]) mkdirSync(join(db, '..'), { recursive: true });

    // IT makes the root and announces its fingerprint.
    const init = await dafu('keys', 'init-bureau', '--name', '柳州市商务局', '--bureau', bureau);
    expect(init.code).toBe(0);
    const fingerprint = /根密钥指纹：([0-9A-F ]+)/.exec(init.text)![1];

    // The drafter makes a key on their own PC and takes the request file to IT, who checks the fingerprint in person.
    expect((await dafu('user', '--name', '王晶', '--unit', '综合科', '--role', '起草', '--db', drafterDb)).code).toBe(0);
    expect((await dafu('keys', 'new', '--db', drafterDb)).text).toMatch(/已为 王晶 生成个人签名密钥/);
    expect((await dafu('keys', 'request', '-o', join(files, '王晶.dafukey'), '--db', drafterDb)).code).toBe(0);
    expect((await dafu('keys', 'certify', join(files, '王晶.dafukey'), '--bureau', bureau)).text).toMatch(/--role/);
    expect((await dafu('keys', 'certify', join(files, '王晶.dafukey'), '--role', '起草', '--bureau', bureau)).text).toMatch(/已认证：王晶（综合科，起草）/);

    // The bureau head enrols with a one-time code from IT.
    const enrol = await dafu('keys', 'certify', '--enrol', '--name', '张局长', '--unit', '局领导', '--role', '签发', '--bureau', bureau);
    const code = /注册码：([2-9A-Z-]+)/.exec(enrol.text)![1];
    await dafu('user', '--name', '张局长', '--unit', '局领导', '--role', '签发', '--db', signerDb);
    await dafu('keys', 'new', '--db', signerDb);
    expect((await dafu('keys', 'request', '--code', code, '-o', join(files, '张局长.dafukey'), '--db', signerDb)).code).toBe(0);
    expect((await dafu('keys', 'certify', join(files, '张局长.dafukey'), '--bureau', bureau)).text).toMatch(/已认证：张局长（局领导，签发）.*\n.*（凭注册码）/);

    // Each PC takes the list, checking the fingerprint IT announced.
    expect((await dafu('keys', 'export-list', '-o', join(files, 'keylist.json'), '--bureau', bureau)).text).toMatch(/第 3 版，2 把密钥/);
    expect((await dafu('keys', 'import-list', join(files, 'keylist.json'), '--fingerprint', '0000', '--db', drafterDb)).text).toMatch(/指纹不符/);
    for (const db of [drafterDb, signerDb])
      expect((await dafu('keys', 'import-list', join(files, 'keylist.json'), '--fingerprint', fingerprint, '--db', db)).text).toMatch(
        /本机已认可这个单位根密钥/,
      );
    expect((await dafu('keys', 'show', '--db', drafterDb)).text).toMatch(/已由单位认证：王晶（综合科，起草）[\s\S]*柳州市商务局，第 3 版/);
    expect((await dafu('keys', 'show', '--bureau', bureau)).text).toMatch(/张局长（局领导，签发）[\s\S]*有效/);

    // The drafter writes and submits; a 签发 from the drafter's own key is refused.
    writeFileSync(join(files, '答复.txt'), '关于对市政协十三届三次会议第011号提案的答复\n\n九三学社柳州市委员会：\n\n你们提出的提案收悉。现答复如下。\n');
    const draftId = JSON.parse((await dafu('import', join(files, '答复.txt'), '--json', '--db', drafterDb)).out[0]).id as string;
    expect((await dafu('review', 'submit', draftId, '--db', drafterDb)).text).toMatch(/已提交审核.*已验证（王晶，综合科，起草）[\s\S]*当前状态：待审核/);
    const refused = await dafu('review', 'sign', draftId, '--db', drafterDb);
    expect(refused.code).toBe(1);
    expect(refused.text).toMatch(/当前状态下不能「签发」|须由签发人操作/);

    // The package goes to the head's PC; they approve and sign.
    expect((await dafu('package', 'export', draftId, '-o', join(files, '送审.dafu'), '--db', drafterDb)).code).toBe(0);
    expect((await dafu('package', 'import', join(files, '送审.dafu'), '--db', signerDb)).text).toMatch(/两边的修改没有分叉。\n当前状态：待审核$/);
    expect((await dafu('review', 'approve', draftId, '--db', signerDb)).code).toBe(0);
    expect((await dafu('review', 'sign', draftId, '--db', signerDb)).text).toMatch(/已签发.*已验证（张局长，局领导，签发）[\s\S]*当前状态：已签发/);
    expect((await dafu('package', 'export', draftId, '-o', join(files, '签发.dafu'), '--db', signerDb)).code).toBe(0);
    expect((await dafu('package', 'import', join(files, '签发.dafu'), '--db', drafterDb)).text).toMatch(/当前状态：已签发$/);
    const log = await dafu('review', 'log', draftId, '--db', drafterDb);
    expect(log.out.filter((line) => line.includes('已验证'))).toHaveLength(3);
    expect(readFileSync(join(files, '签发.dafu')).includes(Buffer.from(PIN))).toBe(false);
  });

  it('asks for the PIN when DAFU_PIN is not set, and says how to make a key when there is none', async () => {
    const { drafterDb, files } = office();
    mkdirSync(join(drafterDb, '..'), { recursive: true });
    await dafu('user', '--name', '王晶', '--unit', '综合科', '--role', '起草', '--db', drafterDb);
    writeFileSync(join(files, '答复.txt'), '关于对第011号提案的答复\n\n现答复如下。\n');
    const draftId = JSON.parse((await dafu('import', join(files, '答复.txt'), '--json', '--db', drafterDb)).out[0]).id as string;
    expect((await dafu('review', 'submit', draftId, '--db', drafterDb)).text).toMatch(/还没有.*dafu keys new/);

    // The real program, its PIN typed in (here through a pipe, as a terminal would pass the lines).
    const env = { ...process.env, DAFU_PIN: '' };
    const run = (input: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { input, env, encoding: 'utf8' });
    expect(run('', 'keys', 'new', '--db', drafterDb)).toMatchObject({ status: 2, stderr: expect.stringMatching(/DAFU_PIN/) });
    expect(run('730915\n730915\n', 'keys', 'new', '--db', drafterDb)).toMatchObject({ status: 0, stdout: expect.stringMatching(/已为 王晶 生成个人签名密钥/) });
    process.env.DAFU_PIN = '111111';
    expect((await dafu('review', 'submit', draftId, '--db', drafterDb)).text).toMatch(/签名口令不对/);
    process.env.DAFU_PIN = '730915';
    expect((await dafu('review', 'submit', draftId, '--db', drafterDb)).text).toMatch(/已提交审核.*本机签名（未经单位认证）/);
  }, 60_000);

  it('has --help for every step', async () => {
    for (const step of ['init-bureau', 'certify', 'revoke', 'export-list', 'import-list', 'show', 'new', 'request']) {
      const help = await dafu('keys', step, '--help');
      expect(help.code).toBe(0);
      expect(help.out[0]).toMatch(new RegExp(`^用法：dafu keys ${step}`));
    }
    for (const step of ['submit', 'approve', 'return', 'sign', 'withdraw', 'issue', 'record-paper-sign', 'log']) {
      expect((await dafu('review', step, '--help')).out[0]).toMatch(new RegExp(`^用法：dafu review ${step}`));
    }
  });
});
