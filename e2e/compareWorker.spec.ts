// A long comparison runs in a Web Worker: the page that holds the editor never computes it, and
// what the clerk types meanwhile all arrives.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { letterBody, paragraph, placeCaretAfter } from './support/letter';
import { exportLetterDocx } from '../shared/docx/exportDocx';
import type { LetterDocument } from '../shared/model/document';
import { liuzhou2023Letter } from '../shared/structure/fixtures/liuzhou2023';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const COMPARE_MEASURE = 'dafu:compare';

/** About 30,000 characters: the 柳州 letter's long paragraphs, each numbered so that none repeats. */
function longParagraphs(): string[] {
  const body = liuzhou2023Letter.split('\n').filter((line) => line.length > 100);
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('').length < 30_000; i += 1) paragraphs.push(`第${i + 1}段：${body[i % body.length].trim()}`);
  return paragraphs;
}

/** The colleague's copy: a word changed in every third paragraph, a comma in every fifth, one paragraph dropped, one added. */
function edited(paragraphs: string[]): string[] {
  const out = paragraphs.map((text, i) => {
    let changed = i % 3 === 0 ? text.replace('质量', '品质') : text;
    if (i % 5 === 0) changed = changed.replace('，', '、');
    return changed;
  });
  out.splice(30, 1);
  out.splice(60, 0, '新增一段：我局将会同有关部门持续跟踪办理情况，及时向提案人反馈。');
  return out;
}

const docx = async (paragraphs: string[]) => {
  const content: LetterDocument = { version: 1, blocks: paragraphs.map((text) => ({ role: 'body', inlines: [{ t: 'text', text }] })) };
  return Buffer.from(await exportLetterDocx({ title: '答复', content, fieldDefinitions: [], fields: {} }));
};

const fileMenu = (page: Page, item: RegExp) =>
  page
    .getByRole('navigation', { name: '菜单' })
    .getByRole('button', { name: '文件' })
    .click()
    .then(() => page.getByRole('menuitem', { name: item }).click());

async function pick(page: Page, open: () => Promise<unknown>, name: string, paragraphs: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles({ name, mimeType: DOCX, buffer: await docx(paragraphs) });
}

test('comparing two 30,000-character versions runs in a worker, and typing meanwhile loses nothing', async ({ page, app: _app }) => {
  const original = longParagraphs();
  await pick(page, () => page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click(), '长答复.docx', original);
  await expect(letterBody(page)).toContainText(`第${original.length}段`);
  await pick(page, () => fileMenu(page, /导入修改稿为新版本/), '科长修改稿.docx', edited(original));
  await expect(letterBody(page)).toContainText('新增一段');

  await page.keyboard.press('Control+Alt+h');
  const history = page.getByRole('complementary', { name: '版本记录' });
  const versions = history.getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await versions.nth(0).getByRole('checkbox').check();
  await versions.nth(1).getByRole('checkbox').check();

  // Watch from now on: whether 「正在比较…」 was ever shown, and the page's long tasks (reported, not asserted).
  await page.evaluate(() => {
    const seen = { busy: false, longTasks: [] as { start: number; duration: number }[] };
    (window as unknown as { __watch: typeof seen }).__watch = seen;
    new MutationObserver(() => (seen.busy ||= document.body.textContent?.includes('正在比较…') ?? false)).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => seen.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration })),
    ).observe({ type: 'longtask' });
  });

  // The clerk's caret stays in the letter: the button is pressed without taking the focus, and typing goes on.
  await placeCaretAfter(page, '新增一段');
  const started = page.waitForEvent('worker', (worker) => worker.url().includes('compare'));
  await history.getByRole('button', { name: '比较勾选的两个版本' }).dispatchEvent('click');
  const typed = '同时继续修改。';
  await page.keyboard.type(typed);

  const compare = page.getByRole('dialog', { name: '比较版本' });
  await expect(compare.locator('.compare__position')).toHaveText(/^第 1\/\d+ 处$/, { timeout: 30_000 });
  await expect(compare.getByRole('table', { name: '并排对照' }).locator('ins', { hasText: '新增一段' })).toBeVisible();
  await expect(compare.getByRole('note').filter({ hasText: '不能在后台比较' })).toHaveCount(0);

  const worker = await started;
  expect(await worker.evaluate((name) => performance.getEntriesByName(name).length, COMPARE_MEASURE)).toBe(1);
  expect(await page.evaluate((name) => performance.getEntriesByName(name).length, COMPARE_MEASURE)).toBe(0);
  const watch = await page.evaluate(() => (window as unknown as { __watch: { busy: boolean; longTasks: { start: number; duration: number }[] } }).__watch);
  expect(watch.busy).toBe(true);
  const computed = await worker.evaluate((name) => {
    const entry = performance.getEntriesByName(name)[0];
    return { start: performance.timeOrigin + entry.startTime, end: performance.timeOrigin + entry.startTime + entry.duration };
  }, COMPARE_MEASURE);
  const during = watch.longTasks.filter((task) => task.start < computed.end && task.start + task.duration > computed.start);
  test.info().annotations.push({
    type: 'long tasks on the page',
    description:
      `${during.length} while the worker compared (${Math.round(computed.end - computed.start)} ms); ` +
      `${watch.longTasks.length} from the click to the shown result, longest ${Math.round(Math.max(0, ...watch.longTasks.map((task) => task.duration)))} ms`,
  });

  // Characters instead of words: a new request, again in the worker.
  await compare.getByRole('button', { name: '按字' }).click();
  await expect(compare.locator('.compare__position')).toHaveText(/^第 1\/\d+ 处$/);
  await expect.poll(() => worker.evaluate((name) => performance.getEntriesByName(name).length, COMPARE_MEASURE)).toBe(2);
  await compare.getByRole('button', { name: '关闭' }).click();

  await expect(paragraph(page, '新增一段')).toContainText(`及时向提案人反馈。${typed}`);
});
