import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { letterBody, openDraftNamed, paragraph, placeCaretAfter } from './support/letter';
import { longLetter, strandingLetter } from '../electron/print/fixtures/testLetters';
import { twoAttachmentLetter } from '../shared/structure/fixtures/attachmentLetters';

async function importLetter(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /导入文本文件/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(letterBody(page)).toContainText('专此答复');
}

const marks = (page: Page) => letterBody(page).locator('p[data-page-break]');

/** Each marked paragraph: its text, the page the mark opens, and the label CSS draws. */
const editorMarks = (page: Page) =>
  marks(page).evaluateAll((elements) =>
    elements.map((element) => ({
      text: element.textContent ?? '',
      page: Number(/第 (\d+) 页 ↓/.exec(element.dataset.pageBreak ?? '')?.[1]),
      drawn: getComputedStyle(element, '::before').content,
    })),
  );

/** What the print preview shows at the top of each page after the first. */
const previewPageStarts = (page: Page) =>
  page
    .frameLocator('iframe[title="打印页面"]')
    .locator('.page')
    .evaluateAll((pages) =>
      pages.slice(1).map((sheet, index) => {
        const first = sheet.querySelector<HTMLElement>('[data-block]')!;
        return { page: index + 2, text: first.textContent ?? '', tail: first.classList.contains('split-tail') };
      }),
    );

test('page marks show where each printed page begins, as the preview lays it out, and 显示分页 turns them off and on', async ({ page, context, app: _app }) => {
  await importLetter(page, '长答复.txt', longLetter());
  await expect(marks(page).first()).toBeAttached({ timeout: 15_000 });
  const inEditor = await editorMarks(page);
  await marks(page).nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/pagebreaks/marks.png' });

  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview.getByRole('status')).toContainText('共 ');
  const starts = await previewPageStarts(page);
  expect(starts.length).toBeGreaterThanOrEqual(2);
  expect(inEditor.map((mark) => mark.page)).toEqual(starts.map((start) => start.page));
  starts.forEach((start, index) => {
    const mark = inEditor[index];
    if (start.tail) expect(mark.text.endsWith(start.text)).toBe(true);
    else expect(mark.text).toBe(start.text);
    expect(mark.drawn).toContain(`第 ${start.page - 1} 页 ↑`);
  });
  await preview.getByRole('button', { name: '关闭' }).click();

  // The marks are drawn, not written: the letter's text, its copy and its count do not hold them.
  await expect(letterBody(page)).not.toContainText('页 ↓');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await letterBody(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('专此答复');
  expect(copied).not.toContain('页 ↓');

  await page.keyboard.press('Control+Alt+p');
  await expect(marks(page)).toHaveCount(0);
  await page.reload();
  await openDraftNamed(page, /第088号提案的答复/);
  await page.waitForTimeout(2500);
  await expect(marks(page)).toHaveCount(0);
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '视图' }).click();
  await page.getByRole('menuitem', { name: /显示分页/ }).click();
  await expect(marks(page)).toHaveCount(inEditor.length, { timeout: 15_000 });
});

test('the status bar counts the printed pages once 显示分页 or the print preview has laid the letter out, and estimates again while the letter changes', async ({
  page,
  app: _app,
}) => {
  await importLetter(page, '长答复.txt', longLetter());
  const pageCount = page.locator('.app__metrics');
  await expect(pageCount).toContainText(/共 \d+ 页/, { timeout: 15_000 });
  const printed = Number(/共 (\d+) 页/.exec((await pageCount.textContent()) ?? '')?.[1]);
  expect(printed).toBeGreaterThanOrEqual(3);

  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview.getByRole('status')).toContainText(`共 ${printed} 页。`);
  await preview.getByRole('button', { name: '关闭' }).click();

  // Typing makes the laid-out count stale: the estimate shows until the letter is laid out again.
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.type('特此');
  await expect(pageCount).toContainText(/约 \d+ 页/);
  await expect(pageCount).toContainText(`共 ${printed} 页`, { timeout: 15_000 });

  // Without page marks the count stays while it holds; an edit makes it an estimate, and the print preview's layout counts again.
  await page.keyboard.press('Control+Alt+p');
  await expect(marks(page)).toHaveCount(0);
  await expect(pageCount).toContainText(`共 ${printed} 页`);
  await page.keyboard.type('。');
  await expect(pageCount).toContainText(/约 \d+ 页/);
  await page.keyboard.press('Control+p');
  await expect(preview.getByRole('status')).toContainText(`共 ${printed} 页。`);
  await preview.getByRole('button', { name: '关闭' }).click();
  await expect(pageCount).toContainText(`共 ${printed} 页`);
});

test('the editor says what printing does when the 署名 and 成文日期 would stand alone on a page', async ({ page, app: _app }) => {
  await importLetter(page, '落款.txt', strandingLetter());
  const signature = letterBody(page).locator('p[data-role="signature"]');
  await expect(signature).toHaveAttribute('data-print-note', /打印时：为使署名和成文日期与正文同页，第 1 页已按规定收紧行距。/, { timeout: 15_000 });
  await signature.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/pagebreaks/signoff-notice.png' });
  // Page 1 holds the body and the sign-off; only the 版记 may go on to page 2.
  await expect(signature).not.toHaveAttribute('data-page-break');
});

test('a letter with 附件 imported as text keeps its 附件说明 in place in print; the editor sets the role too', async ({ page, app: _app }) => {
  await importLetter(page, '附件答复.txt', twoAttachmentLetter);
  const attachments = letterBody(page).locator('p[data-role="attachment"]');
  await expect(attachments).toHaveCount(2);
  await expect(attachments.first()).toHaveText('附件：1.柳州市农贸市场食品安全检查情况统计表');

  await placeCaretAfter(page, '快检室建设名单');
  await page.keyboard.press('Enter');
  await page.keyboard.type('3.农贸市场名录');
  await expect(paragraph(page, '农贸市场名录')).toHaveAttribute('data-role', 'body');
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '格式' }).click();
  await page.getByRole('menuitem', { name: /附件说明/ }).click();
  await expect(paragraph(page, '农贸市场名录')).toHaveAttribute('data-role', 'attachment');

  await page.keyboard.press('Control+p');
  const pages = page.frameLocator('iframe[title="打印页面"]');
  await expect(pages.locator('.b-attachment')).toHaveCount(3);
  const geometry = await pages
    .locator('.page')
    .first()
    .evaluate((sheet) => {
      const area = sheet.querySelector('.area')!.getBoundingClientRect();
      const mm = (px: number) => (px * 25.4) / 96;
      const box = (selector: string, index = 0) => sheet.querySelectorAll(selector)[index].getBoundingClientRect();
      return {
        label: mm(box('.att-label').left - area.left),
        names: [0, 1, 2].map((index) => mm(box('.att-name', index).left - area.left)),
        order: ['.b-closing', '.b-attachment', '.signoff'].map((selector) => box(selector).top),
        gap: mm(box('.b-attachment').top - box('.b-closing').bottom),
      };
    });
  const char = 156 / 28;
  expect(geometry.label).toBeCloseTo(2 * char, 0);
  expect(Math.max(...geometry.names) - Math.min(...geometry.names)).toBeLessThan(0.5);
  expect([...geometry.order].sort((a, b) => a - b)).toEqual(geometry.order);
  expect(geometry.gap).toBeCloseTo(225 / 22, 0);
});
