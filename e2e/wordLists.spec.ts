import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import { showPanel } from './support/workspace';

test('a pair the office adds in the 单位信息 table fires in a letter; a false finding is reported and stays in the report after a restart; the report goes out as a sheet', async ({
  page,
  app: _app,
}) => {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /单位信息/ }).click();
  const dialog = page.getByRole('dialog', { name: '单位信息' });
  await dialog.getByRole('tab', { name: '校对词表' }).click();
  const table = dialog.getByRole('region', { name: '本单位校对词表' });
  await table.getByLabel('错误写法', { exact: true }).fill('智慧城管平台');
  await table.getByLabel('正确写法', { exact: true }).fill('城市运行管理服务平台');
  await table.getByLabel('应提示的例句', { exact: true }).fill('建设智慧城管平台。');
  await table.getByLabel('不应提示的例句').fill('建设城市运行管理服务平台。');
  await table.getByRole('button', { name: '添加到词表' }).click();
  await expect(table.getByRole('status')).toHaveText('已添加“智慧城管平台”。');
  await expect(table.getByRole('table')).toContainText('城市运行管理服务平台');
  await dialog.getByRole('button', { name: '取消' }).click();

  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '我县智慧城管平台运行平稳，各单位要作好准备。联系人：XX');
  const panel = page.getByRole('complementary', { name: '校对' });
  await showPanel(page, '校对', panel);
  const typos = panel.getByRole('region', { name: '常见错别字' });
  await expect(typos).toContainText('“智慧城管平台”应为“城市运行管理服务平台”');
  // 作好准备 is fine where 作好汇报 is not: the shipped list does not flag it.
  await expect(typos).not.toContainText('作好');

  await typos.getByRole('button', { name: '报告误报' }).click();
  await expect(panel).toContainText('已记入误报清单（共 1 条）');
  await expect(panel).not.toContainText('“智慧城管平台”应为“城市运行管理服务平台”');

  await panel.getByRole('button', { name: '校对报告' }).click();
  const report = page.getByRole('dialog', { name: '校对报告' });
  await expect(report.getByRole('row').filter({ hasText: '智慧城管平台' })).toContainText('报告误报');
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: '导出为表格' }).click();
  expect((await download).suggestedFilename()).toMatch(/^校对报告-.*\.xlsx$/);

  // Text still to be filled in is never offered as a false finding.
  await report.getByRole('button', { name: '关闭' }).click();
  const toFill = panel.getByRole('region', { name: '待填写的内容' });
  await expect(toFill).toContainText('“XX”是待填写的内容');
  await expect(toFill.getByRole('button', { name: '忽略' }).first()).toBeVisible();
  await expect(toFill.getByRole('button', { name: '报告误报' })).toHaveCount(0);

  // The decision lasts with the draft: after the app is opened again, the report still lists it.
  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  await showPanel(page, '校对', panel);
  await panel.getByRole('button', { name: '校对报告' }).click();
  await expect(report.getByRole('row').filter({ hasText: '智慧城管平台' })).toContainText('报告误报');
});
