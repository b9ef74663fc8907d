import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import { reviewBar } from './support/review';
import { editDocx } from '../shared/docx/fixtures/docxTestKit';
import { insertAs } from '../shared/docx/fixtures/wpsReview';
import { attributeChanges } from '../shared/docx/trackedAuthors';
import { trackedParagraphs } from '../shared/docx/trackedChanges';
import { exportTrackedDocx } from '../shared/docx/exportTrackedDocx';
import { trackedChain, trackedLetterB } from '../shared/docx/fixtures/trackedLetters';

async function saveVersion(page: Page, note: string) {
  await waitUntilSaved(page);
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: '保存版本' }).getByRole('textbox').fill(note);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '保存版本' })).toBeHidden();
}

const revisionWith = (page: Page, text: string) => page.getByRole('complementary', { name: '版本记录' }).getByRole('listitem').filter({ hasText: text });

test('a 修订稿 goes out from the comparison and comes back as suggestions, each with its author, accepted or rejected one by one', async ({
  page,
  app: _app,
}) => {
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

  // Two leaders add 修订 of their own in WPS; the file comes back and its 修订 wait beside the draft instead of changing it.
  const reviewed = await editDocx(file, [
    insertAs('刘局长', '感谢您对市场监管工作的关心。', '特此说明。', 900),
    insertAs('张主任', '专此答复。', '请予支持。', 901),
  ]);
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: /导入修改稿为新版本/ }).click();
  await (
    await chooser
  ).setFiles({ name: '修订稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(reviewed) });
  await expect(page.getByRole('alert').filter({ hasText: '修改建议' })).toContainText('没有直接改动正文');
  await reviewBar(page).getByRole('button', { name: '逐段合并…' }).click();
  const merge = page.getByRole('dialog', { name: '逐段合并' });
  const suggestions = merge.getByRole('list', { name: '修改建议' });
  const suggestion = (text: string) => suggestions.getByRole('listitem').filter({ hasText: text });
  await expect(suggestions.getByRole('listitem')).toHaveCount(3);
  await expect(suggestion('我们将继续加强质量监管工作。')).toContainText('增加「我们将继续加强质量监管工作。」');
  await expect(suggestion('特此说明。')).toContainText('（刘局长）');
  await expect(suggestion('请予支持。')).toContainText('（张主任）');

  // nothing is taken until the clerk decides each one
  await expect(merge.getByRole('button', { name: '保存合并' })).toBeDisabled();
  await suggestion('特此说明。').getByRole('radio', { name: '接受', exact: true }).check();
  await suggestion('请予支持。').getByRole('radio', { name: '不接受', exact: true }).check();
  await expect(merge.getByRole('status')).toHaveText('还有 1 处没有选');
  // a paragraph picked by hand keeps its pick while decisions elsewhere build the rows again
  const handPicked = merge.locator('.merge-row--differs').filter({ hasText: '特此说明。' });
  await handPicked.getByRole('radio', { name: '用本地' }).check();
  await merge.getByRole('button', { name: '全部接受' }).click();
  await expect(handPicked.getByRole('radio', { name: '用本地' })).toBeChecked();
  await handPicked.getByRole('radio', { name: '用导入' }).check();
  await suggestion('请予支持。').getByRole('radio', { name: '不接受', exact: true }).check();
  await expect(merge.getByRole('status')).toHaveText('每一处都已选好');
  await merge.getByRole('button', { name: '保存合并' }).click();
  await expect(merge).toHaveCount(0);
  await expect(letterBody(page)).toContainText('感谢您对市场监管工作的关心。特此说明。');
  await expect(letterBody(page)).toContainText('我们将继续加强质量监管工作。');
  await expect(letterBody(page)).not.toContainText('请予支持。');
});

test('a new draft from a Word file with 修订 asks whether to accept them all, reject them all or review them one by one', async ({ page, app: _app }) => {
  const { paragraphs } = trackedParagraphs(trackedChain[0], trackedChain[2], attributeChanges(trackedChain));
  const file = Buffer.from(await exportTrackedDocx(trackedLetterB, paragraphs));
  const importWord = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click();
    await (await chooser).setFiles({ name: '修订稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: file });
  };
  const question = page.getByRole('dialog', { name: '文件里有修订' });

  await importWord();
  await expect(question).toContainText('李科长、张主任');
  // nothing is taken before the clerk answers: the draft is the text the reviewers started from
  await expect(letterBody(page)).toContainText('这一段将被整段删除，不再保留。');
  await question.getByRole('button', { name: '全部不接受' }).click();
  await expect(question).toHaveCount(0);
  await expect(letterBody(page)).toContainText('我局高度重视');
  await expect(letterBody(page)).not.toContainText('新增加的一段话。');
  await expect(reviewBar(page).getByRole('button', { name: '逐段合并…' })).toHaveCount(0);

  await importWord();
  await question.getByRole('button', { name: '逐条审阅…' }).click();
  const merge = page.getByRole('dialog', { name: '逐段合并' });
  const suggestions = merge.getByRole('list', { name: '修改建议' }).getByRole('listitem');
  await expect(suggestions.filter({ hasText: '加粗' })).toContainText('第 4 段：加粗：「最后一段内容保持不变。」（张主任）');
  await expect(suggestions.filter({ hasText: '非常' })).toContainText('（李科长）');
  await merge.getByRole('button', { name: '全部接受' }).click();
  await merge.getByRole('button', { name: '保存合并' }).click();
  await expect(merge).toHaveCount(0);
  await expect(letterBody(page)).toContainText('我局非常重视');
  await expect(letterBody(page)).toContainText('新增加的一段话。');
});
