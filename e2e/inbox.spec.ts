import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startPgCluster } from '../server/testing/pgCluster';
import { startServer } from '../server/startup/serverMain';
import { addUser, ROOT_PIN, runningServer, serverCli } from '../server/testing/testServer';
import { freshDatabase, startHost } from './support/host';
import { createDraftFromTemplate, letterBody, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';
import { answerPin, isLocked, reviewBar, selectText, state, step } from './support/review';

const PASSWORD = 'correct horse 1';
const PINS = { 王晶: '730915', 李科长: '481526', 张局长: '902734', 赵敏: '553190' } as const;
type Name = keyof typeof PINS;
const ROLES = { 起草: 'drafter', 审核: 'reviewer', 签发: 'signer' } as const;
const dafuBin = join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'bin', 'dafu.js');

/**
 * `dafu` at a clerk's terminal, the password on stdin and the PIN in DAFU_PIN; returns stdout. Run
 * without blocking: the bureau server answers from this process meanwhile.
 */
function dafu(args: string[], options: { pin?: string; input?: string } = {}): Promise<string> {
  const child = spawn(process.execPath, [dafuBin, ...args], { env: { ...process.env, DAFU_PIN: options.pin ?? '' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`dafu ${args.join(' ')} exited ${code}: ${err}`)))),
  );
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

/** 文件 → 立即同步, and the report read. */
async function syncNow(page: Page) {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /立即同步/ }).click();
  const told = page.getByRole('dialog', { name: '单位服务器' });
  await expect(told).toContainText('现在：已同步');
  await told.getByRole('button', { name: '知道了' }).click();
}

test('the bureau on its server: submitted to a chosen reviewer, found in 待我审核, returned, fixed, approved and signed across two PCs; another 科室 never sees it', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const cluster = await startPgCluster();
  const running = await runningServer(cluster);
  const pcs: { close: () => Promise<void> }[] = [];
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    // IT makes the accounts; each clerk logs in once from their PC with the enrolment code, then takes the key list.
    const folder = dirname(freshDatabase());
    const db = (pc: string) => (mkdirSync(join(folder, pc)), join(folder, pc, 'dafu.sqlite3'));
    const [drafterDb, reviewerDb, otherDb] = [db('pc1'), db('pc2'), db('pc3')];
    const people: { name: Name; unit: string; role: keyof typeof ROLES; database: string }[] = [
      { name: '王晶', unit: '综合科', role: '起草', database: drafterDb },
      { name: '张局长', unit: '局领导', role: '签发', database: reviewerDb },
      { name: '李科长', unit: '综合科', role: '审核', database: reviewerDb },
      { name: '赵敏', unit: '外贸科', role: '起草', database: otherDb },
    ];
    for (const person of people) {
      const code = await addUser(running.pg, person.name, ROLES[person.role], PASSWORD, person.unit);
      await dafu(['user', '--name', person.name, '--unit', person.unit, '--role', person.role, '--db', person.database]);
      await dafu(['login', running.server.url, '--user', person.name, '--password-stdin', '--enrol', code, '--db', person.database], {
        pin: PINS[person.name],
        input: `${PASSWORD}\n`,
      });
    }
    const rootPrint = /根密钥指纹：(.+)/.exec((await serverCli(['init', '--pg', running.pg, '--keys', running.keysDir])).out)![1];
    for (const database of [drafterDb, reviewerDb, otherDb])
      await dafu(['keys', 'import-list', join(running.keysDir, 'keylist.json'), '--fingerprint', rootPrint, '--db', database]);

    const drafter = await openPc(browser, drafterDb, '王晶（综合科，起草）');
    const reviewer = await openPc(browser, reviewerDb, '李科长（综合科，审核）');
    pcs.push(drafter, reviewer);

    // 1. 王晶 writes and submits to 李科长, chosen by name.
    await createDraftFromTemplate(drafter.page);
    await typeNewParagraphAfter(drafter.page, '专此答复', '柳州螺蛳粉全产业链销售收入超600亿元。');
    await waitUntilSaved(drafter.page);
    const submitTo = async (page: Page, who: string) => {
      await reviewBar(page).getByRole('button', { name: '提交审核', exact: true }).click();
      const form = reviewBar(page).getByRole('group', { name: '提交审核' });
      await form.getByLabel('送审核：').selectOption({ label: who });
      await form.getByRole('button', { name: '确定提交审核' }).click();
      await answerPin(page, PINS.王晶, state(page).filter({ hasText: '待审核' }));
    };
    await submitTo(drafter.page, '李科长（综合科）');
    await syncNow(drafter.page);

    // 2. 李科长 finds it in 待我审核, comments and returns it.
    await syncNow(reviewer.page);
    await reviewer.page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '待我审核' }).click();
    const inbox = reviewer.page.getByRole('complementary', { name: '待我审核' });
    const waiting = inbox.getByRole('listitem').filter({ hasText: '王晶' });
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText('送审核');
    await waiting.getByRole('button', { name: '打开' }).click();
    await expect(state(reviewer.page)).toContainText('待审核');
    await selectText(reviewer.page, '全产业链销售收入');
    await reviewer.page.keyboard.press('Control+Alt+m');
    const comments = reviewer.page.getByRole('complementary', { name: '批注' });
    await comments.getByLabel('批注内容').fill('请注明是哪一年的数据');
    await comments.getByRole('button', { name: '添加批注' }).click();
    await step(reviewer.page, '退回修改', { 理由: '请按批注补充年份' });
    await answerPin(reviewer.page, PINS.李科长, state(reviewer.page).filter({ hasText: '退回修改' }));
    await expect(waiting).toHaveCount(0);
    await syncNow(reviewer.page);

    // 3. 王晶 is told, fixes it and submits again; 李科长 compares with what he returned, approves and sends it to 张局长, who signs.
    await syncNow(drafter.page);
    const notice = drafter.page.locator('.inbox-notice');
    await expect(notice).toContainText('李科长');
    await expect(notice).toContainText('退回修改：请按批注补充年份');
    await expect(state(drafter.page)).toContainText('退回修改');
    await notice.getByRole('button', { name: '知道了' }).click();
    await typeNewParagraphAfter(drafter.page, '600亿元。', '以上为2023年数据。');
    await waitUntilSaved(drafter.page);
    await submitTo(drafter.page, '李科长（综合科）');
    await syncNow(drafter.page);

    await syncNow(reviewer.page);
    // The 批注 panel shares the dock with the inbox: the toolbar brings the inbox to the front.
    await reviewer.page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '待我审核' }).click();
    await expect(waiting).toHaveCount(1);
    await waiting.getByRole('button', { name: '与我上次看过的比较' }).click();
    const comparison = reviewer.page.locator('.compare__versions');
    await expect(comparison).toContainText('我上次看过的');
    await expect(reviewer.page.getByText('以上为2023年数据。').first()).toBeVisible();
    await reviewer.page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await expect(letterBody(reviewer.page)).toContainText('以上为2023年数据。');
    await reviewBar(reviewer.page).getByRole('button', { name: '审核通过', exact: true }).click();
    const approve = reviewBar(reviewer.page).getByRole('group', { name: '审核通过' });
    await approve.getByLabel('送签发：').selectOption({ label: '张局长（局领导）' });
    await approve.getByRole('button', { name: '确定审核通过' }).click();
    await answerPin(reviewer.page, PINS.李科长, state(reviewer.page).filter({ hasText: '审核通过' }));
    await reviewBar(reviewer.page).getByRole('button', { name: '切换用户' }).click();
    await reviewer.page.getByRole('dialog', { name: '切换用户' }).getByRole('button', { name: '张局长（局领导，签发）' }).click();
    await step(reviewer.page, '签发', { 签发人: '张局长' });
    await answerPin(reviewer.page, PINS.张局长, state(reviewer.page).filter({ hasText: '已签发' }));
    await syncNow(reviewer.page);

    // 5. Meanwhile 王晶's PC is offline: she adds a sentence to the text she last had and saves a version.
    const port = new URL(running.server.url).port;
    await running.server.close();
    await typeNewParagraphAfter(drafter.page, '以上为2023年数据。', '另附2024年上半年数据。');
    await waitUntilSaved(drafter.page);
    await drafter.page.keyboard.press('Control+s');
    await drafter.page.getByRole('dialog', { name: '保存版本' }).getByRole('button', { name: '保存' }).click();
    await drafter.page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
    await drafter.page.getByRole('menuitem', { name: /立即同步/ }).click();
    await expect(drafter.page.getByRole('dialog', { name: '单位服务器' })).toContainText('离线');
    await drafter.page.getByRole('dialog', { name: '单位服务器' }).getByRole('button', { name: '知道了' }).click();
    restarted = await startServer({ pg: running.pg, listen: `127.0.0.1:${port}`, insecureLoopback: true, keysDir: running.keysDir, rootPin: ROOT_PIN });

    // 4. Back online, her PC takes the 签发: her line is read-only on both PCs, and her offline edit reaches 李科长 as a parallel line.
    await syncNow(drafter.page);
    await expect(notice).toContainText('张局长');
    await expect(state(drafter.page)).toContainText('已签发（正文已锁定）');
    await isLocked(drafter.page);
    await syncNow(reviewer.page);
    await isLocked(reviewer.page);
    await expect(reviewBar(reviewer.page).locator('.review-bar__merges')).toContainText('签发后修改：王晶');

    // 6. 赵敏 of 外贸科 syncs and receives nothing of it.
    const other = JSON.parse(await dafu(['sync', '--json', '--db', otherDb])) as { down: { drafts: number } };
    expect(other.down.drafts).toBe(0);
    expect(JSON.parse(await dafu(['search', '螺蛳粉', '--json', '--db', otherDb]))).toEqual([]);
  } finally {
    await Promise.all(pcs.map((pc) => pc.close()));
    await restarted?.close();
    await running.stop().catch(() => rmSync(running.dir, { recursive: true, force: true }));
    cluster.stop();
  }
});
