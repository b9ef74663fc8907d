import { expect, test } from './support/fixtures';
import { letterBody, typeNewParagraphAfter, waitUntilSaved } from './support/letter';

test('the toolbar stands in WPS’s groups, a greyed button says why, and the keyboard reaches and runs every button', async ({ page, app: _app }) => {
  const toolbar = page.getByRole('toolbar', { name: '常用操作' });
  await expect(toolbar.getByRole('group')).toHaveText([/^文件/, /^开始/, /^插入/, /^审阅/, /^打印与导出/]);
  const inGroup = (group: string) => toolbar.getByRole('group', { name: group }).getByRole('button');
  await expect(inGroup('开始')).toHaveText(['保存版本', '撤销', '重做', '查找', '替换', '加粗', '正文', '一、', '（一）', '1.', '（1）', '重新编号']);
  await expect(inGroup('插入')).toHaveText(['存为模板', '附件说明', '表格', '加一行', '加一列', '合并单元格', '表题', '列右对齐', '填写要素']);
  await expect(inGroup('审阅')).toHaveText(['版本记录', '待我审核', '比较', '校对', '批注', '提交审核']);
  await expect(inGroup('打印与导出')).toHaveText(['导出 Word', '打印', '导出 PDF']);

  // Nothing open yet: 保存版本 is greyed, says why, and can still be reached to read it.
  const save = toolbar.getByRole('button', { name: '保存版本' });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute('title', '保存版本（Ctrl+S）：请先打开一份草稿');
  await save.focus();
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // From the keyboard: Tab goes from button to button, Enter runs the one with the focus.
  await toolbar.getByRole('button', { name: '新建答复' }).focus();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: '导入 Word 文档…' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: '选择模板' }).getByRole('button', { name: '政协提案答复（主办，集体提案）' }).click();
  await expect(letterBody(page)).toBeVisible();
  await expect(save).toBeEnabled();
  await expect(save).toHaveAttribute('title', '保存版本（Ctrl+S）');

  await typeNewParagraphAfter(page, '专此答复', '我们将继续加强质量监管工作。');
  await waitUntilSaved(page);
  await save.click();
  await page.getByRole('dialog', { name: '保存版本' }).getByRole('textbox').fill('第一稿');
  await page.keyboard.press('Enter');
  await typeNewParagraphAfter(page, '继续加强质量监管工作', '新增一段办理说明。');
  await waitUntilSaved(page);
  // 比较: the newest version beside the text in the editor.
  await toolbar.getByRole('button', { name: '与上一版本比较' }).click();
  await expect(page.getByRole('dialog', { name: /比较/ })).toContainText('当前稿');
  await expect(page.getByRole('dialog', { name: /比较/ }).locator('ins', { hasText: '新增一段办理说明。' }).first()).toBeVisible();
});

test('F1 lists the key that opens and closes each panel beside the page', async ({ page, app: _app }) => {
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: '快捷键一览' });
  for (const [panel, key] of [
    ['填写要素', 'Ctrl+Alt+E'],
    ['查找', 'Ctrl+F'],
    ['替换', 'Ctrl+H'],
    ['校对', 'F8'],
    ['批注栏', 'Ctrl+Shift+M'],
    ['版本记录', 'Ctrl+Alt+H'],
  ]) {
    await expect(help.getByRole('row').filter({ has: page.getByRole('cell', { name: panel, exact: true }) })).toContainText(key);
  }
});
