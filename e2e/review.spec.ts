import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { createDraftFromTemplate, letterBody, placeCaretAfter, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';
import { freshDatabase, startHost } from './support/host';

/** One clerk's PC: its own database file, its own `dafu serve`, its own browser. */
async function openPc(browser: Browser, who: { name: string; unit: string; role: '起草' | '审核' | '签发' }) {
  const database = freshDatabase();
  const host = await startHost(database);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  await waitForAppReady(page);
  const prompt = page.getByRole('region', { name: '您是谁' });
  await prompt.getByLabel('姓名').fill(who.name);
  await prompt.getByLabel('科室').fill(who.unit);
  await prompt.getByRole('radio', { name: who.role }).check();
  await prompt.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(`${who.name}（${who.unit}，${who.role}）`)).toBeVisible();
  return { page, host, database, close: async () => (await context.close(), await host.stop()) };
}

const reviewBar = (page: Page) => page.getByRole('region', { name: '审核' });
const state = (page: Page) => reviewBar(page).locator('.review-bar__state');

async function exportPackage(page: Page, file: string) {
  const download = page.waitForEvent('download');
  await reviewBar(page).getByRole('button', { name: '导出草稿包' }).click();
  await (await download).saveAs(file);
}

async function importPackage(page: Page, file: string) {
  const notice = page.locator('.review-notice');
  if (await notice.isVisible()) await notice.getByRole('button', { name: '知道了' }).click();
  const chooser = page.waitForEvent('filechooser');
  await reviewBar(page).getByRole('button', { name: '导入草稿包' }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('.review-notice')).toContainText('已导入');
}

async function step(page: Page, action: string, fill: Record<string, string> = {}) {
  await reviewBar(page).getByRole('button', { name: action, exact: true }).click();
  const entries = Object.entries(fill);
  if (entries.length === 0) return;
  const form = reviewBar(page).getByRole('group', { name: action });
  for (const [label, value] of entries) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: `确定${action}` }).click();
}

/** Selects `quote` in the letter as a mouse drag would. */
/** Selects a quote in the letter and waits until the editor has taken the selection (it follows `selectionchange`). */
async function selectText(page: Page, quote: string) {
  await letterBody(page).locator('p', { hasText: quote }).first().click();
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const body = document.querySelector('[aria-label="正文"]')!;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true });
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
        reject(new Error(`「${text}」 not in the letter`));
      }),
    quote,
  );
}

const isLocked = (page: Page) => expect(page.locator('.letter-body')).toHaveAttribute('contenteditable', 'false');

let pcs: { close: () => Promise<void> }[] = [];

/** The drafter's PC and the reviewer's, and a folder standing for the USB stick between them. */
async function drafterAndReviewer(browser: Browser) {
  const drafter = await openPc(browser, { name: '王晶', unit: '综合科', role: '起草' });
  const reviewer = await openPc(browser, { name: '李科长', unit: '综合科', role: '审核' });
  pcs = [drafter, reviewer];
  return { folder: join(freshDatabase(), '..'), drafter, reviewer };
}
test.afterEach(async () => {
  await Promise.all(pcs.map((pc) => pc.close()));
  pcs = [];
});

test('a draft travels between two PCs through review and 签发, its comments and history with it', async ({ browser }) => {
  test.setTimeout(120_000);
  const { folder, drafter, reviewer } = await drafterAndReviewer(browser);

  // The drafter writes, submits and exports.
  await createDraftFromTemplate(drafter.page);
  await typeNewParagraphAfter(drafter.page, '专此答复', '柳州螺蛳粉全产业链销售收入超600亿元。');
  await waitUntilSaved(drafter.page);
  await step(drafter.page, '提交审核');
  await expect(state(drafter.page)).toContainText('待审核');
  await exportPackage(drafter.page, join(folder, '1-送审.dafu'));
  expect(readFileSync(join(folder, '1-送审.dafu')).subarray(0, 2).toString()).toBe('PK');

  // The reviewer imports, comments on a phrase and returns it.
  await importPackage(reviewer.page, join(folder, '1-送审.dafu'));
  await expect(letterBody(reviewer.page)).toContainText('柳州螺蛳粉全产业链销售收入超600亿元。');
  await expect(state(reviewer.page)).toContainText('待审核');
  await selectText(reviewer.page, '全产业链销售收入');
  await reviewer.page.keyboard.press('Control+Alt+m');
  const reviewerComments = reviewer.page.getByRole('complementary', { name: '批注' });
  await reviewerComments.getByLabel('批注内容').fill('请注明是哪一年的数据');
  await reviewerComments.getByRole('button', { name: '添加批注' }).click();
  await expect(reviewerComments.getByRole('article')).toContainText('请注明是哪一年的数据');
  await expect.poll(() => reviewer.page.evaluate(() => CSS.highlights.get('dafu-comment')?.size ?? 0)).toBe(1);
  await step(reviewer.page, '退回修改', { 理由: '请按批注补充年份' });
  await expect(state(reviewer.page)).toContainText('退回修改');
  await exportPackage(reviewer.page, join(folder, '2-退回.dafu'));

  // The drafter imports, sees the comment and the return, fixes and resubmits.
  await importPackage(drafter.page, join(folder, '2-退回.dafu'));
  await expect(state(drafter.page)).toContainText('退回修改');
  await reviewBar(drafter.page).getByRole('button', { name: /^批注/ }).click();
  const drafterComments = drafter.page.getByRole('complementary', { name: '批注' });
  await expect(drafterComments.getByRole('article')).toContainText('李科长');
  await expect(drafterComments.getByRole('article')).toContainText('请注明是哪一年的数据');
  await expect(drafterComments.getByRole('article').locator('blockquote')).toHaveText('全产业链销售收入');
  await typeNewParagraphAfter(drafter.page, '600亿元。', '以上为2023年数据。');
  await waitUntilSaved(drafter.page);
  await drafterComments.getByLabel('回复').fill('已补充年份');
  await drafterComments.getByRole('button', { name: '回复' }).click();
  await expect(drafterComments.getByRole('article')).toContainText('已补充年份');
  await step(drafter.page, '提交审核');
  await exportPackage(drafter.page, join(folder, '3-再送审.dafu'));

  // The reviewer approves; the bureau head signs off on the same PC.
  await importPackage(reviewer.page, join(folder, '3-再送审.dafu'));
  await expect(letterBody(reviewer.page)).toContainText('以上为2023年数据。');
  await expect(state(reviewer.page)).toContainText('待审核');
  await step(reviewer.page, '审核通过');
  await expect(state(reviewer.page)).toContainText('审核通过');
  await expect(reviewBar(reviewer.page).getByRole('button', { name: '签发', exact: true })).toHaveCount(0);
  await reviewBar(reviewer.page).getByRole('button', { name: '切换用户' }).click();
  const switchUser = reviewer.page.getByRole('dialog', { name: '切换用户' });
  await switchUser.getByLabel('姓名').fill('张局长');
  await switchUser.getByLabel('科室').fill('局领导');
  await switchUser.getByRole('radio', { name: '签发' }).check();
  await switchUser.getByRole('button', { name: '确定' }).click();
  await step(reviewer.page, '签发', { 签发人: '张局长' });
  await expect(state(reviewer.page)).toContainText('已签发（正文已锁定）');
  await isLocked(reviewer.page);
  await exportPackage(reviewer.page, join(folder, '4-已签发.dafu'));

  // Back on the drafter's PC the signed letter is locked too.
  await importPackage(drafter.page, join(folder, '4-已签发.dafu'));
  await expect(state(drafter.page)).toContainText('已签发（正文已锁定）');
  await isLocked(drafter.page);
  await reviewBar(drafter.page).getByRole('button', { name: '审核记录' }).click();
  const log = reviewBar(drafter.page).getByRole('list', { name: '审核记录' });
  await expect(log.getByRole('listitem')).toHaveCount(5);
  await expect(log).toContainText('李科长（综合科）退回修改');
  await expect(log).toContainText('签发人：张局长');

  // Importing the same package again adds nothing.
  await importPackage(drafter.page, join(folder, '4-已签发.dafu'));
  await expect(drafter.page.locator('.review-notice')).toContainText('本机都已有，没有新增');
});

/** The draft's revisions as `dafu history --json` lists them from a PC's database file. */
async function historyOf(database: string, packageFile: string) {
  const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(packageFile))).file('manifest.json')!.async('string')) as { draftId: string };
  const dafu = join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'bin', 'dafu.js');
  const listed = spawnSync(process.execPath, [dafu, 'history', manifest.draftId, '--json', '--db', database], { encoding: 'utf8' });
  return JSON.parse(listed.stdout) as { id: string; parents: string[]; kind: string }[];
}

test('both PCs edit different paragraphs; the drafter merges them paragraph by paragraph, one edited by hand keeping its bold, and prints a 审阅稿 with the comments', async ({ browser }) => {
  test.setTimeout(120_000);
  const { folder, drafter, reviewer } = await drafterAndReviewer(browser);

  await createDraftFromTemplate(drafter.page);
  await typeNewParagraphAfter(drafter.page, '专此答复', '柳州螺蛳粉全产业链销售收入超600亿元。');
  await drafter.page.keyboard.press('Enter');
  await drafter.page.keyboard.type('下一步将继续加大支持力度。');
  await selectText(drafter.page, '支持力度');
  await drafter.page.keyboard.press('Control+b');
  await expect(letterBody(drafter.page).locator('strong, .letter-bold', { hasText: '支持力度' })).toHaveText('支持力度');
  await waitUntilSaved(drafter.page);
  await exportPackage(drafter.page, join(folder, '1-送审.dafu'));
  await importPackage(reviewer.page, join(folder, '1-送审.dafu'));

  // Each side edits a different paragraph after they parted.
  await placeCaretAfter(reviewer.page, '加大支持力度');
  await reviewer.page.keyboard.type('请市财政局配合。');
  await waitUntilSaved(reviewer.page);
  await selectText(reviewer.page, '全产业链销售收入');
  await reviewer.page.keyboard.press('Control+Alt+m');
  const comments = reviewer.page.getByRole('complementary', { name: '批注' });
  await comments.getByLabel('批注内容').fill('请注明年份');
  await comments.getByRole('button', { name: '添加批注' }).click();
  await expect(comments.getByRole('article')).toContainText('请注明年份');
  await exportPackage(reviewer.page, join(folder, '2-审核.dafu'));
  await placeCaretAfter(drafter.page, '600亿元');
  await drafter.page.keyboard.type('（2023年数据）');
  await waitUntilSaved(drafter.page);

  // The drafter imports: both lines kept, the reviewer's waiting to be merged.
  await importPackage(drafter.page, join(folder, '2-审核.dafu'));
  await expect(drafter.page.locator('.review-notice')).toContainText('待合并');
  await reviewBar(drafter.page).getByRole('button', { name: '逐段合并…' }).click();
  const merge = drafter.page.getByRole('dialog', { name: '逐段合并' });
  await expect(merge.getByRole('group', { name: /^第 \d 处$/ })).toHaveCount(2);
  await expect(merge.getByRole('group', { name: '第 1 处' })).toContainText('只有本机改过这段');
  await merge.getByRole('group', { name: '第 1 处' }).getByRole('radio', { name: '用本地' }).check();
  // The second paragraph is rewritten by hand; the bold words it keeps stay bold.
  const second = merge.getByRole('group', { name: '第 2 处' });
  await second.getByRole('radio', { name: '修改' }).check();
  await second.getByLabel('第 2 处改为').press('Control+a');
  await drafter.page.keyboard.type('下一步将继续加大资金支持力度。请市财政局配合。');
  await expect(merge.getByRole('status')).toHaveText('每一处都已选好');
  await merge.getByRole('button', { name: '保存合并' }).click();
  await expect(merge).toHaveCount(0);
  await expect(letterBody(drafter.page)).toContainText('柳州螺蛳粉全产业链销售收入超600亿元。（2023年数据）');
  await expect(letterBody(drafter.page)).toContainText('下一步将继续加大资金支持力度。请市财政局配合。');
  await expect(letterBody(drafter.page).locator('strong, .letter-bold', { hasText: '支持力度' })).toHaveText('支持力度');
  await expect(reviewBar(drafter.page).locator('.review-bar__merges')).toHaveCount(0);

  await exportPackage(drafter.page, join(folder, '3-合并后.dafu'));
  const revisions = await historyOf(drafter.database, join(folder, '3-合并后.dafu'));
  const merged = revisions.find((revision) => revision.kind === 'merge')!;
  expect(merged.parents).toHaveLength(2);

  // The 审阅稿 marks the commented words and lists the comment; the letter's own print does not.
  await reviewBar(drafter.page).getByRole('button', { name: '打印审阅稿…' }).click();
  const printout = drafter.page.getByRole('dialog', { name: '打印审阅稿' });
  const sheet = printout.frameLocator('iframe[title="审阅稿页面"]');
  await expect(sheet.locator('mark.c')).toHaveText('全产业链销售收入');
  await expect(sheet.locator('.notes')).toContainText('李科长（综合科）');
  await expect(sheet.locator('.notes')).toContainText('请注明年份');
  await printout.getByLabel('附修改对照表').check();
  await expect(sheet.locator('.changes')).toContainText('修改对照表');
  await printout.getByRole('button', { name: '关闭' }).click();
});
