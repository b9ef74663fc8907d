import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import { reviewBar } from './support/review';

async function saveVersion(page: Page, note: string) {
  await waitUntilSaved(page);
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: '保存版本' }).getByRole('textbox').fill(note);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '保存版本' })).toBeHidden();
}

const revisionWith = (page: Page, text: string) => page.getByRole('complementary', { name: '版本记录' }).getByRole('listitem').filter({ hasText: text });

test('a 修订稿 goes out from the comparison and comes back as suggestions, each with its author, settled in 逐段合并', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '感谢您对市场监管工作的关心。');
  await saveVersion(page, '第一稿');
  await typeNewParagraphAfter(page, '工作的关心。', '我们将继续加强质量监管工作。');
  await saveVersion(page, '第二稿');

  await page.keyboard.press('Control+Alt+h');
  await revisionWith(page, '第一稿').getByRole('checkbox').check();
  await revisionWith(page, '第二稿').getByRole('checkbox').check();
  await page.getByRole('button', { name: '比较勾选的两个版本' }).click();
  const compare = page.getByRole('dialog', { name: '比较版本' });
  const download = page.waitForEvent('download');
  await compare.getByRole('button', { name: '导出修订稿…' }).click();
  expect((await download).suggestedFilename()).toMatch(/（修订稿）\.docx$/);
  const file = readFileSync(await (await download).path());
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  expect(xml).toMatch(
    /<w:ins w:id="\d+" w:author="[^"]+" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"><w:r><w:t xml:space="preserve">我们将继续加强质量监管工作。<\/w:t>/,
  );
  await compare.getByRole('button', { name: '关闭' }).click();

  // The 修订稿 comes back unchanged: its 修订 wait beside the draft instead of changing it.
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /导入修改稿为新版本/ }).click();
  await (await chooser).setFiles({ name: '修订稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: file });
  await expect(page.getByRole('alert').filter({ hasText: '修改建议' })).toContainText('没有直接改动正文');
  await reviewBar(page).getByRole('button', { name: '逐段合并…' }).click();
  const merge = page.getByRole('dialog', { name: '逐段合并' });
  await expect(merge.getByRole('list', { name: '修改建议' })).toContainText('增加「我们将继续加强质量监管工作。」');
  await merge.getByRole('button', { name: '全部用导入' }).click();
  await merge.getByRole('button', { name: '保存合并' }).click();
  await expect(merge).toHaveCount(0);
  await expect(letterBody(page)).toContainText('我们将继续加强质量监管工作。');
});
