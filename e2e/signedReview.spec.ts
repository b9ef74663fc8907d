import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createHash, randomUUID } from 'node:crypto';
import { test, expect, type Browser } from '@playwright/test';
import { createDraftFromTemplate, letterBody, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';
import { freshDatabase, startHost } from './support/host';
import { answerPin, dafu, exportPackage, importPackage, isLocked, reviewBar, selectText, state, step } from './support/review';

const PINS = { 王晶: '730915', 李科长: '481526', 张局长: '902734' } as const;
const ROOT_PIN = '615243-it';

interface Person {
  name: keyof typeof PINS;
  unit: string;
  role: '起草' | '审核' | '签发';
}

/**
 * IT's bureau, a drafter's PC and a reviewer's PC where the bureau head also signs. Each person makes
 * a key on their own PC and IT certifies it; both PCs import the one key list, checking the root's
 * fingerprint. All of it through `dafu`, before either PC's window opens.
 */
function bureauWithTwoPcs(folder: string, pcs: { database: string; people: Person[]; importsList: boolean }[]) {
  const bureau = join(folder, 'it-bureau');
  const init = dafu(['keys', 'init-bureau', '--name', '柳州市商务局', '--bureau', bureau], ROOT_PIN);
  const fingerprint = /根密钥指纹：([0-9A-F ]+)/.exec(init)![1];
  for (const { database, people } of pcs) {
    for (const person of people) {
      dafu(['user', '--name', person.name, '--unit', person.unit, '--role', person.role, '--db', database]);
      dafu(['keys', 'new', '--db', database], PINS[person.name]);
      const request = join(folder, `${person.name}.dafukey`);
      dafu(['keys', 'request', '-o', request, '--db', database], PINS[person.name]);
      dafu(['keys', 'certify', request, '--role', person.role, '--bureau', bureau], ROOT_PIN);
    }
  }
  const list = join(folder, 'keylist.json');
  dafu(['keys', 'export-list', '-o', list, '--bureau', bureau]);
  for (const { database, importsList } of pcs) {
    if (importsList) expect(dafu(['keys', 'import-list', list, '--fingerprint', fingerprint, '--db', database])).toContain('本机已认可这个单位根密钥');
  }
  return { list, fingerprint };
}

async function openPc(browser: Browser, database: string, who: string) {
  const host = await startHost(database);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  await waitForAppReady(page);
  await expect(page.getByText(who)).toBeVisible();
  return { page, close: async () => (await context.close(), await host.stop()) };
}

/** A package edited by hand: its state set to 已签发 and a 签发 by the bureau head added after the last event, the payload hash put right. */
async function forgeSignOff(file: string, forged: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const payload = JSON.parse(await zip.file('payload.json')!.async('string'));
  const last = payload.reviewLog.at(-1);
  payload.draft.reviewState = 'signed';
  payload.reviewLog.push({
    ...last,
    id: randomUUID(),
    action: 'sign',
    from: 'approved',
    to: 'signed',
    actor: '张局长',
    actorUnit: '局领导',
    actorRole: 'signer',
    signer: '张局长',
    signedOn: '2026-05-26',
    signature: last.signature,
  });
  const text = JSON.stringify(payload);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  zip.file('payload.json', text);
  zip.file('manifest.json', JSON.stringify({ ...manifest, payloadHash: createHash('sha256').update(text).digest('hex') }));
  writeFileSync(forged, await zip.generateAsync({ type: 'nodebuffer' }));
}

let pcs: { close: () => Promise<void> }[] = [];
test.afterEach(async () => {
  await Promise.all(pcs.map((pc) => pc.close()));
  pcs = [];
});

test('a drafter, a reviewer and a signer on two PCs share one key list: every step verifies on both, and a forged 签发 does not', async ({ browser }) => {
  test.setTimeout(240_000);
  const folder = join(freshDatabase(), '..');
  const [drafterDb, reviewerDb] = [join(folder, 'pc1', 'dafu.sqlite3'), join(folder, 'pc2', 'dafu.sqlite3')];
  mkdirSync(join(folder, 'pc1'));
  mkdirSync(join(folder, 'pc2'));
  const { list, fingerprint } = bureauWithTwoPcs(folder, [
    { database: drafterDb, people: [{ name: '王晶', unit: '综合科', role: '起草' }], importsList: false },
    {
      database: reviewerDb,
      people: [
        { name: '张局长', unit: '局领导', role: '签发' },
        { name: '李科长', unit: '综合科', role: '审核' },
      ],
      importsList: true,
    },
  ]);
  const drafter = await openPc(browser, drafterDb, '王晶（综合科，起草）');
  const reviewer = await openPc(browser, reviewerDb, '李科长（综合科，审核）');
  pcs = [drafter, reviewer];

  // The drafter takes the key list in the app: the root's fingerprint is shown and typed back from IT's notice first.
  await reviewBar(drafter.page).getByRole('button', { name: '签名与密钥' }).click();
  const keys = drafter.page.getByRole('dialog', { name: '签名与密钥' });
  await expect(keys).toContainText('本机签名（未经单位认证）');
  const chooser = drafter.page.waitForEvent('filechooser');
  await keys.getByRole('button', { name: '导入单位密钥清单…' }).click();
  await (await chooser).setFiles(list);
  const check = keys.getByRole('group', { name: '核对根密钥指纹' });
  await expect(check).toContainText(fingerprint);
  await check.getByLabel('信息科公布的根密钥指纹').fill('0000 1111');
  await check.getByRole('button', { name: '核对无误，导入' }).click();
  await expect(keys.getByRole('status')).toContainText('指纹不符');
  await check.getByLabel('信息科公布的根密钥指纹').fill(fingerprint);
  await check.getByRole('button', { name: '核对无误，导入' }).click();
  await expect(keys.getByRole('status')).toContainText('已导入单位密钥清单（柳州市商务局，第 4 版）');
  await expect(keys).toContainText('已由单位认证：王晶（综合科，起草）');
  await keys.getByRole('button', { name: '关闭' }).click();

  // The drafter writes and submits, signing with the PIN, and exports.
  await createDraftFromTemplate(drafter.page);
  await typeNewParagraphAfter(drafter.page, '专此答复', '柳州螺蛳粉全产业链销售收入超600亿元。');
  await waitUntilSaved(drafter.page);
  await step(drafter.page, '提交审核');
  const askPin = (page: typeof drafter.page) => expect(page.getByRole('dialog', { name: '输入签名口令' })).toBeVisible();
  await askPin(drafter.page);
  await answerPin(drafter.page, PINS.王晶, state(drafter.page).filter({ hasText: '待审核' }));
  await exportPackage(drafter.page, join(folder, '1-送审.dafu'));

  // The reviewer imports, comments and returns it.
  await importPackage(reviewer.page, join(folder, '1-送审.dafu'));
  await expect(state(reviewer.page)).toContainText('待审核');
  await selectText(reviewer.page, '全产业链销售收入');
  await reviewer.page.keyboard.press('Control+Alt+m');
  const comments = reviewer.page.getByRole('complementary', { name: '批注' });
  await comments.getByLabel('批注内容').fill('请注明是哪一年的数据');
  await comments.getByRole('button', { name: '添加批注' }).click();
  await step(reviewer.page, '退回修改', { 理由: '请按批注补充年份' });
  await askPin(reviewer.page);
  await answerPin(reviewer.page, PINS.李科长, state(reviewer.page).filter({ hasText: '退回修改' }));
  await exportPackage(reviewer.page, join(folder, '2-退回.dafu'));

  // The drafter fixes it and submits again; the edited text travels signed and becomes current there.
  await importPackage(drafter.page, join(folder, '2-退回.dafu'));
  await expect(state(drafter.page)).toContainText('退回修改');
  await typeNewParagraphAfter(drafter.page, '600亿元。', '以上为2023年数据。');
  await waitUntilSaved(drafter.page);
  await step(drafter.page, '提交审核');
  await answerPin(drafter.page, PINS.王晶, state(drafter.page).filter({ hasText: '待审核' }));
  await exportPackage(drafter.page, join(folder, '3-再送审.dafu'));
  await importPackage(reviewer.page, join(folder, '3-再送审.dafu'));
  await expect(letterBody(reviewer.page)).toContainText('以上为2023年数据。');

  // The reviewer approves and sends it back before the head signs: the package someone will edit by hand.
  await step(reviewer.page, '审核通过');
  await answerPin(reviewer.page, PINS.李科长, state(reviewer.page).filter({ hasText: '审核通过' }));
  await exportPackage(reviewer.page, join(folder, '4-审核通过.dafu'));
  await forgeSignOff(join(folder, '4-审核通过.dafu'), join(folder, '4-改成已签发.dafu'));
  await importPackage(drafter.page, join(folder, '4-改成已签发.dafu'));
  await expect(drafter.page.locator('.review-notice')).toContainText('未验证：「签发」（记录写的是张局长（局领导）');
  await expect(drafter.page.locator('.review-notice')).toContainText('当前状态：审核通过');
  await expect(state(drafter.page)).toContainText('审核通过');
  await expect(state(drafter.page)).not.toContainText('已签发');

  // The bureau head signs on the reviewer's PC with their own key.
  await reviewBar(reviewer.page).getByRole('button', { name: '切换用户' }).click();
  await reviewer.page.getByRole('dialog', { name: '切换用户' }).getByRole('button', { name: '张局长（局领导，签发）' }).click();
  await step(reviewer.page, '签发', { 签发人: '张局长' });
  await askPin(reviewer.page);
  await answerPin(reviewer.page, PINS.张局长, state(reviewer.page).filter({ hasText: '已签发' }));
  await isLocked(reviewer.page);
  await exportPackage(reviewer.page, join(folder, '5-已签发.dafu'));

  // On the drafter's PC the real 签发 verifies and locks the letter; the forged one stays 未验证.
  await importPackage(drafter.page, join(folder, '5-已签发.dafu'));
  await expect(state(drafter.page)).toContainText('已签发（正文已锁定）');
  await isLocked(drafter.page);
  for (const pc of [drafter, reviewer]) {
    await reviewBar(pc.page).getByRole('button', { name: '审核记录' }).click();
    const log = reviewBar(pc.page).getByRole('list', { name: '审核记录' });
    await expect(log.getByRole('listitem').filter({ hasText: '已验证' })).toHaveCount(5);
    await expect(log.getByRole('listitem').filter({ hasText: '李科长（综合科）退回修改' })).toContainText('已验证（李科长，综合科，审核）');
    await expect(log.getByRole('listitem').filter({ hasText: '签发人：张局长' }).filter({ hasText: '已验证（张局长，局领导，签发）' })).toHaveCount(1);
  }
  const drafterLog = reviewBar(drafter.page).getByRole('list', { name: '审核记录' });
  await expect(drafterLog.getByRole('listitem').filter({ hasText: '未验证' })).toHaveCount(1);
  await expect(drafterLog.getByRole('listitem').filter({ hasText: '未验证' })).toContainText('张局长（局领导）签发');
});
