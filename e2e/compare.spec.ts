import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, placeCaretAfter, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import type { Page } from '@playwright/test';

async function saveVersion(page: Page, note: string) {
  await waitUntilSaved(page);
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: '保存版本' }).getByRole('textbox').fill(note);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '保存版本' })).toBeHidden();
}

const revisionWith = (page: Page, text: string) => page.getByRole('complementary', { name: '版本记录' }).getByRole('listitem').filter({ hasText: text });

test('a reviewer compares two versions both ways, steps through the changes and restores the first without losing the second', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '我们将继续加强质量监管工作。');
  await saveVersion(page, '第一稿');

  await placeCaretAfter(page, '继续加强质量监管工作');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('安全监管，确保落实。');
  await typeNewParagraphAfter(page, '确保落实', '新增一段办理说明。');
  await saveVersion(page, '第二稿');

  await page.keyboard.press('Control+Alt+h');
  await expect(revisionWith(page, '第二稿')).toHaveCount(1);
  await revisionWith(page, '第一稿').getByRole('checkbox').check();
  await revisionWith(page, '第二稿').getByRole('checkbox').check();
  await page.getByRole('button', { name: '比较勾选的两个版本' }).click();

  const compare = page.getByRole('dialog', { name: '比较版本' });
  const sideBySide = compare.getByRole('table', { name: '并排对照' });
  await expect(sideBySide.locator('ins', { hasText: '新增一段办理说明。' })).toBeVisible();
  await expect(sideBySide.locator('del', { hasText: '工作' })).toBeVisible();
  await expect(sideBySide.locator('ins', { hasText: '安全' })).toBeVisible();
  await expect(compare.getByLabel('修改统计')).toContainText('改动 2 段');

  const position = compare.locator('.compare__position');
  await expect(position).toHaveText(/^第 1\/\d+ 处$/);
  const total = Number((await position.textContent())?.match(/\/(\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('F7');
  await expect(position).toHaveText(`第 2/${total} 处`);
  await page.keyboard.press('F7');
  await expect(position).toHaveText(`第 3/${total} 处`);
  await page.keyboard.press('Shift+F7');
  await expect(position).toHaveText(`第 2/${total} 处`);
  await expect(compare.locator('[data-current="true"]').first()).toBeVisible();

  await compare.getByRole('button', { name: '逐段标注' }).click();
  const inline = compare.getByLabel('逐段标注');
  await expect(inline.locator('del', { hasText: '工作' })).toBeVisible();
  await expect(inline.locator('ins', { hasText: '新增一段办理说明。' })).toBeVisible();

  await compare.getByRole('button', { name: '按字' }).click();
  await expect(position).toHaveText(/^第 1\/\d+ 处$/);

  await compare.getByRole('button', { name: '修改对照表' }).click();
  await expect(compare.getByRole('table')).toContainText('新增第');
  await compare.getByRole('button', { name: '关闭' }).click();

  // The other way: an old revision against the text in the editor.
  await revisionWith(page, '第一稿').getByRole('button', { name: '与当前稿比较' }).click();
  await expect(compare).toContainText('修改后：当前稿');
  await expect(compare.getByRole('table', { name: '并排对照' }).locator('ins', { hasText: '新增一段办理说明。' })).toBeVisible();
  await compare.getByRole('button', { name: '关闭' }).click();

  await revisionWith(page, '第一稿').getByRole('button', { name: '查看' }).click();
  const view = page.getByRole('dialog', { name: '查看版本' });
  await expect(view.getByLabel('版本内容')).toContainText('我们将继续加强质量监管工作。');
  await expect(view.getByLabel('版本内容')).not.toContainText('新增一段办理说明。');
  await view.getByRole('button', { name: '恢复此版本' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复旧版本' });
  await expect(confirm).toContainText('不会丢失');
  await confirm.getByRole('button', { name: '恢复' }).click();

  await expect(letterBody(page)).toContainText('我们将继续加强质量监管工作。');
  await expect(letterBody(page)).not.toContainText('新增一段办理说明。');
  const history = page.getByRole('complementary', { name: '版本记录' });
  await expect(history.getByRole('listitem').first()).toContainText('恢复旧版本');
  await expect(history.getByRole('listitem').first()).toContainText('第一稿');

  // Nothing was lost: the second version is still there and still reads as it did.
  await revisionWith(page, '第二稿').getByRole('button', { name: '查看' }).click();
  await expect(page.getByRole('dialog', { name: '查看版本' }).getByLabel('版本内容')).toContainText('新增一段办理说明。');
});
