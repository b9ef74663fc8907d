import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { letterBody, paragraph, typeNewParagraphAfter, waitUntilSaved } from './support/letter';

const DAY = 86_400_000;
const localIso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const daysFromToday = (days: number) => localIso(new Date(Date.now() + days * DAY));

const TOPICS = [
  '老旧小区加装电梯',
  '农村公路养护',
  '中小学课后服务',
  '社区养老服务',
  '城市停车难',
  '农贸市场改造',
  '背街小巷路灯',
  '食品安全监管',
  '校园周边交通',
  '河道水质治理',
];

/** A 20-row 交办清单 as a bureau receives it, rows not in deadline order: three overdue, one due in five days. */
async function assignmentList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('交办清单');
  sheet.addRow(['2026年度政协提案交办清单']);
  sheet.addRow(['序号', '类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '办理期限', '附议人']);
  for (let i = 19; i >= 0; i -= 1) {
    const topic = TOPICS[i % TOPICS.length];
    const title = i < 10 ? `关于加强${topic}的建议` : `关于进一步做好${topic}工作的建议`;
    sheet.addRow([
      20 - i,
      '政协提案',
      '市政协十三届五次会议',
      String(i + 1).padStart(3, '0'),
      title,
      i % 2 === 0 ? '民进市委会' : `委员${i + 1}`,
      i % 4 === 3 ? '协办' : '主办',
      daysFromToday(-120),
      daysFromToday((i - 3) * 5),
      i === 1 ? '李强、赵敏' : '',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const showDesk = (page: Page) => page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '案件台账' }).click();

/** Opens the desk and imports the 20-row list through the import dialog; returns the desk. */
async function importAssignmentList(page: Page) {
  await showDesk(page);
  const desk = page.getByRole('region', { name: '案件台账' });
  await expect(desk.getByText('台账里还没有案件')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await desk.getByRole('button', { name: '导入交办清单…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入交办清单' });
  await dialog.getByRole('button', { name: '选择表格文件…' }).click();
  await (
    await chooser
  ).setFiles({ name: '交办清单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await assignmentList() });
  await expect(dialog.getByText('第 2 行是表头')).toBeVisible();
  await expect(dialog.getByText('可导入 20 件，重复 0 件，有问题 0 行。')).toBeVisible();
  await dialog.getByRole('button', { name: '导入 20 件' }).click();
  await expect(desk.getByRole('status')).toHaveText('已导入 20 件，重复 0 件（未重复登记），有问题未导入 0 行。');
  return desk;
}

test('a 交办清单 comes in, the desk shows deadlines in order with overdue marked, a case gets its reply, and search finds a two-character word', async ({
  page,
  app: _app,
}) => {
  const desk = await importAssignmentList(page);

  const rows = desk.locator('tbody tr');
  await expect(rows).toHaveCount(20);
  await expect(desk.getByLabel('各状态件数')).toContainText('超期 3');
  const numbers = await rows.locator('td:nth-child(3)').allTextContents();
  expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(3, '0')));
  for (const index of [0, 1, 2]) await expect(rows.nth(index)).toHaveClass(/case-row--overdue/);
  await expect(rows.nth(0)).toContainText('超期 15 天');
  await expect(rows.nth(3)).toHaveClass(/case-row--soon/);
  await expect(rows.nth(5)).toHaveClass(/case-row--normal/);

  await desk.getByLabel('只看超期').check();
  await expect(rows).toHaveCount(3);
  await desk.getByLabel('只看超期').uncheck();

  await rows.nth(1).getByRole('button', { name: '关于加强农村公路养护的建议' }).click();
  const detail = page.getByRole('region', { name: '案件详情' });
  await expect(detail.getByRole('heading', { name: /002：关于加强农村公路养护的建议/ })).toBeVisible();
  await expect(detail).toContainText('已超期');
  await expect(detail.getByLabel('提案者/代表（领衔）')).toHaveValue('委员2');
  const coProposers = detail.getByLabel('附议（多位用顿号隔开）');
  await expect(coProposers).toHaveValue('李强、赵敏');
  await coProposers.fill('李强、赵敏、孙丽');
  await detail.getByRole('button', { name: '保存案件信息' }).click();
  await expect(detail.getByRole('status')).toContainText('已保存');
  await expect(detail.getByRole('region', { name: '修改记录' })).toContainText('「附议人」李强、赵敏 → 李强、赵敏、孙丽');
  await detail.getByRole('button', { name: '起草答复' }).click();
  await expect(letterBody(page)).toBeVisible();
  await expect(letterBody(page).locator('[data-field="proposer"]').first()).toHaveText('委员2');
  await expect(letterBody(page).locator('[data-field="proposalTitle"]').first()).toHaveText('关于加强农村公路养护的建议');
  await expect(letterBody(page).locator('p[data-role="title"]')).toHaveText('关于对市政协十三届五次会议第002号提案的答复');
  // 领衔 and three 附议: the joint proposal's template, addressed to all four.
  await expect(letterBody(page).locator('p[data-role="addressee"]')).toHaveText('委员2等4名委员：');

  const search = page.getByRole('searchbox', { name: '全文搜索' });
  await search.fill('路灯');
  const results = page.getByLabel('搜索结果');
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(results.locator('mark').first()).toHaveText('路灯');
  await results.getByRole('button', { name: /关于加强背街小巷路灯的建议/ }).click();
  await expect(page.getByRole('region', { name: '案件详情' }).getByRole('heading', { name: /007：关于加强背街小巷路灯的建议/ })).toBeVisible();
});

test('the reply draft is marked 答复函 apart from 协办意见, the clerk picks the 正式答复 among two, and the desk opens it in one click', async ({
  page,
  app: _app,
}) => {
  const desk = await importAssignmentList(page);
  const detail = page.getByRole('region', { name: '案件详情' });
  const caseRow = (number: string) => desk.locator('tbody tr', { has: page.getByRole('cell', { name: number, exact: true }) });

  // Two replies to case 001 (主办): the first one carries the clerk's own sentence.
  await caseRow('001').getByRole('button', { name: '关于加强老旧小区加装电梯的建议' }).click();
  await detail.getByRole('button', { name: '起草答复' }).click();
  await typeNewParagraphAfter(page, '专此答复', '第一稿：我局已完成实地调研。');
  await waitUntilSaved(page);
  await showDesk(page);
  await caseRow('001').getByRole('button', { name: '关于加强老旧小区加装电梯的建议' }).click();
  await detail.getByRole('button', { name: '起草答复' }).click();
  await expect(letterBody(page)).toBeVisible();

  // An opinion for case 004 (协办).
  await showDesk(page);
  await caseRow('004')
    .getByRole('button', { name: /^关于加强社区养老服务的建议/ })
    .click();
  await detail.getByRole('button', { name: '起草协办意见' }).click();
  await expect(letterBody(page)).toBeVisible();

  await showDesk(page);
  await expect(caseRow('004').getByRole('button', { name: /^协办意见/ })).toBeVisible();
  await expect(caseRow('001')).toContainText('共 2 份，未定正式答复');

  await caseRow('001').getByRole('button', { name: '关于加强老旧小区加装电梯的建议' }).click();
  const drafts = detail.getByRole('listitem');
  await expect(drafts).toHaveCount(2);
  for (const index of [0, 1]) await expect(drafts.nth(index).locator('.case-badge').first()).toHaveText('答复函');
  await drafts.nth(0).getByRole('button', { name: '设为正式答复' }).click();
  await expect(detail.getByRole('status')).toContainText('定为正式答复');
  await expect(drafts.nth(0)).toContainText('正式答复');
  await expect(drafts.nth(0).getByRole('button', { name: '设为正式答复' })).toHaveCount(0);

  await detail.getByRole('button', { name: '返回台账' }).click();
  await expect(caseRow('001')).not.toContainText('未定正式答复');
  await caseRow('001')
    .getByRole('button', { name: /^答复函\s*正式答复/ })
    .click();
  await expect(paragraph(page, '第一稿：我局已完成实地调研。')).toBeVisible();
});
