import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, deleteOpenDraft, letterBody, openDraftNamed, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import { freshDatabase, startHost } from './support/host';
import { liuzhou2023Letter } from '../shared/structure/fixtures/liuzhou2023';

test('Ctrl+S saves a named version and the version list shows it with its size change', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '补充一句。');
  await page.keyboard.press('Control+s');
  await page.getByRole('dialog', { name: '保存版本' }).getByRole('textbox').fill('送科长审核前');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+h');
  const history = page.getByRole('complementary', { name: '版本记录' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('手动保存');
  await expect(history.getByRole('listitem').first()).toContainText('送科长审核前');
  await expect(history.getByRole('listitem').first()).toContainText('+5 字');
  await expect(history.getByRole('listitem').last()).toContainText('由模板');
});

test('a deleted draft waits in the 回收站 and comes back with its history', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '不能丢的一句话。');
  await waitUntilSaved(page);
  await deleteOpenDraft(page);
  await expect(page.getByText('还没有草稿')).toBeVisible();

  await page.keyboard.press('Alt+r');
  const trash = page.getByRole('dialog', { name: '回收站' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: '恢复' }).click();
  await expect(trash.getByText('回收站是空的')).toBeVisible();
  await page.keyboard.press('Escape');

  await openDraftNamed(page, /提案的答复/);
  await expect(letterBody(page)).toContainText('不能丢的一句话。');
});

test('彻底删除 asks first, and only then removes the draft for good', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await deleteOpenDraft(page);
  await expect(page.getByText('还没有草稿')).toBeVisible();
  await page.keyboard.press('Alt+r');
  await page.getByRole('dialog', { name: '回收站' }).getByRole('button', { name: '清空回收站' }).click();
  const confirm = page.getByRole('dialog', { name: '彻底删除' });
  await expect(confirm).toContainText('无法恢复');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog', { name: '回收站' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('dialog', { name: '回收站' }).getByRole('button', { name: '清空回收站' }).click();
  await page.getByRole('dialog', { name: '彻底删除' }).getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByRole('dialog', { name: '回收站' }).getByText('回收站是空的')).toBeVisible();
});

test('以此为底稿 starts a new draft from an old reply', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '去年答复里的好句子。');
  await waitUntilSaved(page);
  await page.keyboard.press('Control+Shift+D');
  await expect(page.getByRole('list', { name: '草稿列表' }).getByRole('listitem')).toHaveCount(2);
  await expect(letterBody(page)).toContainText('去年答复里的好句子。');
  await page.keyboard.press('Control+Alt+h');
  await expect(page.getByRole('complementary', { name: '版本记录' })).toContainText('为底稿新建');
});

test('every action has a shortcut listed under 帮助, and zoom keys work', async ({ page, app: _app }) => {
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: '快捷键一览' });
  await expect(help).toContainText('Ctrl+S');
  await expect(help).toContainText('重新编号');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '帮助' }).click();
  await expect(page.getByRole('menu', { name: '帮助' }).getByRole('menuitem', { name: /快捷键一览/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+=');
  expect(await page.evaluate(() => document.documentElement.style.zoom)).toBe('1.25');
  await page.keyboard.press('Control+0');
  expect(await page.evaluate(() => document.documentElement.style.zoom)).toBe('1');
});

test('F2 gives a draft a name of its own in the list', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await page.keyboard.press('F2');
  const dialog = page.getByRole('dialog', { name: '重命名草稿' });
  await dialog.getByRole('textbox').fill('螺蛳粉提案（初稿）');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('list', { name: '草稿列表' })).toContainText('螺蛳粉提案（初稿）');
});

test('单位信息 set on one PC rolls out by file to another, and new replies carry it', async ({ page, app: _app }) => {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /单位信息/ }).click();
  const dialog = page.getByRole('dialog', { name: '单位信息' });
  await dialog.getByLabel('机关全称').fill('柳州市市场监督管理局');
  await dialog.getByLabel('默认抄送').fill('市政协提案委，市政府督查室');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出为文件' }).click();
  const file = await (await download).path();

  const other = await startHost(freshDatabase());
  await page.goto(other.url);
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /单位信息/ }).click();
  await page.getByRole('dialog', { name: '单位信息' }).locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('dialog', { name: '单位信息' }).getByLabel('机关全称')).toHaveValue('柳州市市场监督管理局');
  await page.getByRole('dialog', { name: '单位信息' }).getByRole('button', { name: '保存' }).click();
  await createDraftFromTemplate(page);
  await expect(page.locator('[data-field="bureauName"]').first()).toHaveText('柳州市市场监督管理局');
  await expect(page.locator('[data-field="cc"]').first()).toHaveText('市政协提案委，市政府督查室');
  await other.stop();
});

test('a letter copied from the web into a .txt file comes in structured, with its facts and a warning about the bad date', async ({ page, app: _app }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /导入文本文件/ }).click();
  await (await chooser).setFiles({ name: '柳州答复.txt', mimeType: 'text/plain', buffer: Buffer.from(liuzhou2023Letter) });
  await expect(letterBody(page)).toContainText('现答复如下');
  await expect(page.locator('[data-field="proposer"]').first()).toHaveText('九三学社柳州市委员会');
  await expect(page.getByRole('alert')).toContainText('2023526');
  await expect(letterBody(page).locator('p[data-role="heading"]').first()).toBeVisible();
});

test('a reply saved as a template starts the next one; built-in templates can be hidden and shown again', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '本局常用的一段话。');
  await waitUntilSaved(page);
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /另存为模板/ }).click();
  const save = page.getByRole('dialog', { name: '另存为模板' });
  await save.getByLabel('模板名称').fill('质量强市类答复');
  await save.getByRole('button', { name: '保存' }).click();

  await page.keyboard.press('Alt+n');
  const picker = page.getByRole('dialog', { name: '选择模板' });
  await picker.getByRole('button', { name: /人大代表建议答复（主办，代表个人）/ }).hover();
  await expect(picker.getByRole('figure', { name: '模板预览' })).toContainText('〔代表〕');
  await picker.getByRole('button', { name: /质量强市类答复/ }).hover();
  await expect(picker.getByRole('figure', { name: '模板预览' })).toContainText('〔提案者〕');
  await picker.getByRole('button', { name: /质量强市类答复/ }).click();
  await expect(letterBody(page)).toContainText('本局常用的一段话。');

  await page.keyboard.press('Alt+n');
  await page.getByRole('dialog', { name: '选择模板' }).getByRole('button', { name: '管理模板…' }).click();
  const manager = page.getByRole('dialog', { name: '管理模板' });
  await manager.getByRole('listitem').filter({ hasText: '人大代表建议办理情况说明' }).getByRole('button', { name: '隐藏' }).click();
  await expect(manager.getByRole('listitem').filter({ hasText: '人大代表建议办理情况说明' })).toContainText('已隐藏');
  await manager.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('dialog', { name: '选择模板' })).not.toContainText('人大代表建议办理情况说明');
});
