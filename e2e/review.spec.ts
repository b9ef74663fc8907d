import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { test, expect, type Browser } from '@playwright/test';
import { createDraftFromTemplate, letterBody, placeCaretAfter, typeNewParagraphAfter, waitForAppReady, waitUntilSaved } from './support/letter';
import { freshDatabase, startHost } from './support/host';
import { exportPackage, importPackage, reviewBar, selectText } from './support/review';

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

// The signed round trip through review and 签发, comments and a forged 签发 included, is in signedReview.spec.ts.

/** The draft's revisions as `dafu history --json` lists them from a PC's database file. */
async function historyOf(database: string, packageFile: string) {
  const manifest = JSON.parse(await (await JSZip.loadAsync(readFileSync(packageFile))).file('manifest.json')!.async('string')) as { draftId: string };
  const dafu = join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'bin', 'dafu.js');
  const listed = spawnSync(process.execPath, [dafu, 'history', manifest.draftId, '--json', '--db', database], { encoding: 'utf8' });
  return JSON.parse(listed.stdout) as { id: string; parents: string[]; kind: string }[];
}

test('both PCs edit different paragraphs; the drafter merges them paragraph by paragraph, one edited by hand keeping its bold, and prints a 审阅稿 with the comments', async ({
  browser,
}) => {
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
