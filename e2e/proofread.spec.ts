import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import type { Page } from '@playwright/test';

/** The texts under the proofreading marks of one severity (CSS highlights, outside Lexical's tree). */
const marked = (page: Page, severity: 'error' | 'warning') =>
  page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name) ?? [])].map((marked) => {
        const range = document.createRange();
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
        return range.toString();
      }),
    `dafu-proof-${severity}`,
  );

test('proofreading marks what the clerk typed; 改正 fixes one in one undo step, 忽略 hides one, F8 turns it off', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '我们于2023526收到建议，同比增长38.6五菱成绩突出。');

  const panel = page.getByRole('complementary', { name: '校对' });
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
