import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import type { Page } from '@playwright/test';
import { showPanel } from './support/workspace';

/** A short reply with nothing to flag and every fact filled in (the 提案者 among them). */
const CLEAN_LETTER = `关于对柳州市政协十三届三次会议第31号提案的答复

九三学社柳州市委员会：

贵单位提出的《关于推进质量强市建设的提案》（第31号）收悉。经研究，现答复如下：

我局认真研究了提案，将继续推进质量强市建设。

感谢贵单位对市场监管工作的关心和支持。

柳州市市场监督管理局

2023年7月3日`;

async function importCleanLetter(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /导入文本文件/ }).click();
  await (await chooser).setFiles({ name: '31号提案答复.txt', mimeType: 'text/plain', buffer: Buffer.from(CLEAN_LETTER) });
  await expect(letterBody(page)).toContainText('现答复如下');
}

/**
 * The texts under the proofreading marks of one severity: the letter's characters whose middle lies
 * in a drawn mark (the marks are a layer behind the text, outside Lexical's tree).
 */
const marked = (page: Page, severity: 'error' | 'warning') =>
  page.evaluate((severity) => {
    const marks = [...document.querySelectorAll<HTMLElement>(`.proof-marks > [data-severity='${severity}']`)];
    const boxes = marks.map((mark) => mark.getBoundingClientRect());
    const body = document.querySelector('[aria-label="正文"]');
    if (!body) return [];
    const texts = new Map(marks.map((mark) => [mark.dataset.finding, '']));
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let at = 0; at < (node.textContent ?? '').length; at += 1) {
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const box = range.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        boxes.forEach((mark, index) => {
          const finding = marks[index].dataset.finding;
          if (x > mark.left && x < mark.right && y > mark.top && y < mark.bottom) texts.set(finding, texts.get(finding) + range.toString());
        });
      }
    }
    return [...texts.values()];
  }, severity);

test('proofreading marks what the clerk typed; 改正 fixes one in one undo step, 忽略 hides one, F8 turns it off', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '我们于2023526收到建议，同比增长38.6五菱成绩突出。');

  const panel = page.getByRole('complementary', { name: '校对' });
  // A new draft opens with 填写要素 in front of 校对 where they share a column.
  await showPanel(page, '校对', panel);
  const dates = panel.getByRole('region', { name: '日期缺年月日' });
  const percent = panel.getByRole('region', { name: '增幅缺“%”' });
  await expect(dates).toContainText('日期缺了“年”“月”“日”');
  await expect(dates).toContainText('建议改为：「2023年5月26日」');
  await expect(percent).toContainText('38.6');
  await expect.poll(() => marked(page, 'error')).toContain('2023526');
  await expect.poll(() => marked(page, 'warning')).toContain('38.6');
  await expect(page.getByLabel('校对结果')).toContainText('错误');
  await panel.getByRole('button', { name: '收起' }).click();
  await expect(dates).toBeHidden();
  await expect(panel).toContainText('校对（');
  await panel.getByRole('button', { name: '展开' }).click();
  await expect(dates).toBeVisible();

  await dates.getByRole('button', { name: '改正' }).click();
  await expect(letterBody(page)).toContainText('我们于2023年5月26日收到建议');
  await expect(dates).toBeHidden();
  await expect.poll(() => marked(page, 'error')).not.toContain('2023526');
  await page.keyboard.press('Control+z');
  await expect(letterBody(page)).toContainText('我们于2023526收到建议');
  await expect(dates).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(letterBody(page)).toContainText('我们于2023年5月26日收到建议');

  await percent.getByRole('button', { name: '忽略' }).click();
  await expect(percent).toBeHidden();
  await expect.poll(() => marked(page, 'warning')).not.toContain('38.6');

  await page.keyboard.press('F8');
  await expect(panel).toBeHidden();
  await expect(page.getByLabel('校对结果')).toBeHidden();
  await expect.poll(() => marked(page, 'error')).toEqual([]);
  await page.keyboard.press('F8');
  await expect(panel).toBeVisible();
  await expect(percent).toBeHidden();

  await page.keyboard.press('F8');
  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  await expect(letterBody(page)).toContainText('38.6五菱');
  await expect(panel).toBeHidden();
  await page.keyboard.press('F8');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('region', { name: '增幅缺“%”' })).toBeHidden();
});

test('marks stay under their text when the letter reflows in a narrower window', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '我们于2023526收到建议，同比增长38.6五菱成绩突出。');
  await expect.poll(() => marked(page, 'error')).toContain('2023526');

  await page.setViewportSize({ width: 900, height: 768 });
  await expect.poll(() => marked(page, 'error')).toContain('2023526');
  await expect.poll(() => marked(page, 'warning')).toContain('38.6');
});

test('a name in the word list: a near-miss of it, or of the 提案者, is marked and fixed in one click', async ({ page, app: _app }) => {
  await importCleanLetter(page);
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '编辑' }).click();
  await page.getByRole('menuitem', { name: /校对词表/ }).click();
  const words = page.getByRole('dialog', { name: '校对词表' });
  await words.getByLabel('名称', { exact: true }).fill('柳州市市场监督管理局');
  await words.getByLabel('类别', { exact: true }).selectOption({ label: '单位' });
  await words.getByLabel('简称', { exact: true }).fill('柳州市市场监管局');
  await words.getByRole('button', { name: '加入词表' }).click();
  await expect(words.getByRole('table', { name: '词表' })).toContainText('柳州市市场监管局');
  await words.getByRole('button', { name: '关闭' }).click();

  await typeNewParagraphAfter(page, '将继续推进质量强市建设。', '柳州市市场监管管理局将加强指导，九三学社柳州市委会的意见已采纳。');
  await showPanel(page, '校对', page.getByRole('complementary', { name: '校对' }));
  const names = page.getByRole('complementary', { name: '校对' }).getByRole('region', { name: '名称写错' });
  await expect(names).toContainText('柳州市市场监管管理局');
  await expect(names).toContainText('九三学社柳州市委会');
  await expect.poll(() => marked(page, 'error')).toContain('柳州市市场监管管理局');

  await names.getByRole('listitem').filter({ hasText: '柳州市市场监管管理局' }).getByRole('button', { name: '改正' }).click();
  await expect(letterBody(page)).toContainText('柳州市市场监督管理局将加强指导');
  await expect.poll(() => marked(page, 'error')).not.toContain('柳州市市场监管管理局');
  await expect(names).not.toContainText('柳州市市场监管管理局');
  await expect(names).toContainText('九三学社柳州市委会');
});

test('before printing, open errors are summed up in one dialog: back to fix them, and no dialog once all is fixed', async ({ page, app: _app }) => {
  await importCleanLetter(page);
  await typeNewParagraphAfter(page, '将继续推进质量强市建设。', '我们于2023526收到建议。');
  await showPanel(page, '校对', page.getByRole('complementary', { name: '校对' }));
  const dates = page.getByRole('complementary', { name: '校对' }).getByRole('region', { name: '日期缺年月日' });
  await expect(dates).toBeVisible();
  await waitUntilSaved(page);

  const preview = page.getByRole('dialog', { name: '打印预览' });
  const summary = page.getByRole('dialog', { name: '打印前请核对' });
  const printFromPreview = async () => {
    await page.keyboard.press('Control+p');
    await expect(page.frameLocator('iframe[title="打印页面"]').locator('.page').first()).toBeVisible();
    // The browser's own print dialog is not part of the test: the preview's pages report being printed.
    await page.evaluate(() => {
      const pages = document.querySelector<HTMLIFrameElement>('iframe[title="打印页面"]')!.contentWindow!;
      pages.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await preview.getByRole('button', { name: /打印…|仍然打印/ }).click();
  };

  await printFromPreview();
  await expect(summary).toContainText('日期缺年月日 1 处');
  await summary.getByRole('button', { name: '返回修改' }).click();
  await expect(summary).toBeHidden();
  await expect(preview).toBeHidden();
  await expect(page.locator('body')).not.toHaveAttribute('data-printed', 'yes');

  await printFromPreview();
  await summary.getByRole('button', { name: /日期缺年月日：/ }).click();
  await expect(preview).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('2023526');

  await dates.getByRole('button', { name: '改正' }).click();
  await expect(letterBody(page)).toContainText('我们于2023年5月26日收到建议');
  await waitUntilSaved(page);
  await printFromPreview();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(summary).toBeHidden();
});
