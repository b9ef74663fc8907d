import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, placeCaretAfter, waitUntilSaved } from './support/letter';
import { selectText } from './support/review';

test('a clerk builds a 4×3 table with a merged header from the keyboard, types in it with the IME, undoes, and previews the print', async ({
  page,
  app: _app,
}) => {
  await createDraftFromTemplate(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+T');
  const table = letterBody(page).locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  await page.keyboard.press('Control+Alt+R');
  await expect(table.locator('tr')).toHaveCount(4);
  await expect(table.locator('tr').first().locator('th, td')).toHaveCount(3);

  // The header: 项目, then 年度 over the two columns of years.
  await page.keyboard.type('项目');
  await page.keyboard.press('Tab');
  await page.keyboard.type('年度');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Alt+G');
  const header = table.locator('tr').first().locator('th, td');
  await expect(header).toHaveCount(2);
  await expect(header.nth(1)).toHaveAttribute('colspan', '2');
  await expect(header.nth(1)).toHaveText('年度');

  // A body row typed through the IME, figures right-aligned.
  const cdp = await page.context().newCDPSession(page);
  const typeIme = async (pinyin: string, text: string) => {
    for (let end = 1; end <= pinyin.length; end += 1) {
      await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, end), selectionStart: end, selectionEnd: end });
    }
    await cdp.send('Input.insertText', { text });
  };
  await table.locator('tr').nth(1).locator('td').first().click();
  await typeIme('shiji', '市级');
  await typeIme('buzhu', '补助');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1200');
  await page.keyboard.press('Control+Alt+R');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1500');
  const row = table.locator('tr').nth(1).locator('td');
  await expect(row.nth(0)).toHaveText('市级补助');
  await expect(row.nth(1)).toHaveText('1200');
  await expect(table.locator('tr')).toHaveCount(5);

  await page.keyboard.press('Control+z');
  await expect(table).not.toContainText('1500');
  await expect(row.nth(0)).toHaveText('市级补助');
  await expect(header.nth(1)).toHaveAttribute('colspan', '2');

  await waitUntilSaved(page);
  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview.getByRole('status')).toContainText('共 ');
  const printed = page.frameLocator('iframe[title="打印页面"]').locator('table.b-table');
  await expect(printed.locator('thead td')).toHaveText(['项目', '年度']);
  await expect(printed.locator('thead td').nth(1)).toHaveAttribute('colspan', '2');
  await expect(printed.locator('tbody tr').first().locator('td')).toHaveText(['市级补助', '1200', '']);
});

test('a table gets its 表题 and unit line, figures go right, find and replace reach into the cells, and all of it is saved', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+T');
  await page.keyboard.type('项目');
  await page.keyboard.press('Tab');
  await page.keyboard.type('金额');
  await page.keyboard.press('Tab');
  await page.keyboard.type('备注');
  await page.keyboard.press('Tab');
  await page.keyboard.type('市级补助资金');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1200');
  const menu = async (item: RegExp) => {
    await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '格式' }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };
  await menu(/本列右对齐/);
  const table = letterBody(page).locator('table');
  await expect(table.locator('td p', { hasText: '1200' })).toHaveCSS('text-align', 'right');

  await menu(/加单位行/);
  await page.keyboard.type('元');
  await table.locator('td p', { hasText: '1200' }).click();
  await menu(/加表题/);
  await page.keyboard.type('表1 补助资金安排');
  const parts = letterBody(page).locator('p[data-role="table"]');
  await expect(parts).toHaveText(['表1 补助资金安排', '单位：元']);

  // A 批注 on the figure in its cell, kept through the replace in the other cells and the reload below.
  const whoami = page.getByRole('region', { name: '您是谁' });
  await whoami.getByLabel('姓名').fill('王晶');
  await whoami.getByLabel('科室').fill('综合科');
  await whoami.getByRole('radio', { name: '起草' }).check();
  await whoami.getByRole('button', { name: '确定' }).click();
  await selectText(page, '1200');
  await page.keyboard.press('Control+Alt+m');
  const comment = page.getByRole('complementary', { name: '批注' }).getByRole('article', { name: '批注：请核对金额' });
  await page.getByRole('complementary', { name: '批注' }).getByLabel('批注内容').fill('请核对金额');
  await page.getByRole('complementary', { name: '批注' }).getByRole('button', { name: '添加批注' }).click();
  await expect(comment.locator('blockquote')).toHaveText('1200');
  await expect(comment).toContainText('表 1 第 2 行第 2 列');
  const painted = () => page.evaluate(() => [...(CSS.highlights.get('dafu-comment') ?? [])].map((range) => range.toString()));

  await page.keyboard.press('Control+h');
  await page.getByLabel('查找内容').fill('补助资金');
  await page.getByLabel('替换为').fill('补贴资金');
  await page.getByRole('button', { name: '全部替换' }).click();
  await expect(page.getByRole('search', { name: '替换' })).toContainText('已替换 2 处');
  await expect(table).toContainText('市级补贴资金');

  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  await expect(letterBody(page).locator('p[data-role="table"]')).toHaveText(['表1 补贴资金安排', '单位：元']);
  await expect(letterBody(page).locator('table td p', { hasText: '1200' })).toHaveCSS('text-align', 'right');
  await expect(letterBody(page).locator('table th')).toHaveText(['项目', '金额', '备注']);
  await expect(letterBody(page).locator('table tr').nth(1).locator('td')).toHaveText(['市级补贴资金', '1200', '']);
  await page.keyboard.press('Control+Shift+M');
  await expect(comment.locator('blockquote')).toHaveText('1200');
  await expect.poll(painted).toEqual(['1200']);

  // 横排此表: the table with its 表题 and unit line prints on a page of its own, turned sideways.
  await letterBody(page).locator('table td p', { hasText: '1200' }).click();
  await menu(/横排此表/);
  await waitUntilSaved(page);
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('dialog', { name: '打印预览' }).getByRole('status')).toContainText('是横排的表格');
  const turned = page.frameLocator('iframe[title="打印页面"]').locator('section.page--turned');
  await expect(turned).toHaveCount(1);
  await expect(turned.locator('.area')).toHaveText(/^表1 补贴资金安排单位：元项目金额备注市级补贴资金1200$/);
  await expect(turned.locator('.folio')).toHaveText(/— \d+ —/);
});
