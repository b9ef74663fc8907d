import type { Locator, Page } from '@playwright/test';
import { stored } from './support/api';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate } from './support/letter';
import { answerPin, reviewBar, state, step } from './support/review';

const localIso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const TODAY = localIso(new Date());
const YEAR = Number(TODAY.slice(0, 4));
/** 「5月26日」 in a deadline: next year once this year's 5月26日 has gone by. */
const DEADLINE_YEAR = `${YEAR}-05-26` < TODAY ? YEAR + 1 : YEAR;

/** Each way a clerk writes a date, with the day it means: a different day each, so each is seen stored. */
const ACCEPTED: [typed: string, iso: string, shown: string][] = [
  ['2023年5月26日', '2023-05-26', '2023年5月26日'],
  ['2023-6-1', '2023-06-01', '2023年6月1日'],
  ['2023.7.15', '2023-07-15', '2023年7月15日'],
  ['20230818', '2023-08-18', '2023年8月18日'],
];

/** Types into a date field key by key, as a clerk does, and leaves it. */
async function typeDate(field: Locator, typed: string) {
  await field.fill('');
  await field.pressSequentially(typed);
  await field.press('Tab');
}

/** The calendar beside a date field holds the day the field stands for. */
const calendarOf = (field: Locator) => field.locator('xpath=..').locator('input[type="date"]');
const noteOf = (field: Locator) => field.locator('xpath=..').locator('.date-input__note, .date-input__problem');

/**
 * Every form, the year taken for 「5月26日」, and an impossible 2月30日, in one date field. `storedValue`
 * reads what was saved; `save` does what the clerk does to save it, if the field does not save itself.
 */
async function everyFormIn(field: Locator, yearRule: 'thisYear' | 'upcoming', storedValue: () => Promise<string | null | undefined>, save = async () => {}) {
  for (const [typed, iso, shown] of ACCEPTED) {
    await typeDate(field, typed);
    await expect(field).toHaveValue(shown);
    await expect(calendarOf(field)).toHaveValue(iso);
    await save();
    await expect.poll(storedValue).toBe(iso);
  }

  const year = yearRule === 'upcoming' ? DEADLINE_YEAR : YEAR;
  await typeDate(field, '5月26日');
  await expect(field).toHaveValue(`${year}年5月26日`);
  await expect(noteOf(field)).toHaveText(`未写年份，按${year}年`);
  await save();
  await expect.poll(storedValue).toBe(`${year}-05-26`);

  await typeDate(field, '2月30日');
  await expect(field).toHaveValue('2月30日');
  await expect(noteOf(field)).toHaveText('2月没有30日，请核对（未保存）');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await save();
  await expect.poll(storedValue).toBe(`${year}-05-26`);
}

test('成文日期 in the draft form takes every way of writing a date and shows it as the letter does', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  const { id } = (await stored<{ id: string }[]>(page, 'drafts.list', {}))[0];
  const field = page.getByRole('region', { name: '填写要素' }).getByLabel('成文日期', { exact: true });
  await everyFormIn(field, 'thisYear', async () => (await stored<{ fields: Record<string, string> }>(page, 'drafts.get', { draftId: id })).fields.signedOn);
  // The letter's date line follows the field: still the last real day after the impossible one.
  await expect(page.locator('[data-field="signedOn"]').first()).toHaveText(`${YEAR}年5月26日`);
  await typeDate(field, '2023-5-26');
  await expect(page.locator('[data-field="signedOn"]').first()).toHaveText('2023年5月26日');
});

async function openImportedCase(page: Page) {
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '案件台账' }).click();
  const desk = page.getByRole('region', { name: '案件台账' });
  const chooser = page.waitForEvent('filechooser');
  await desk.getByRole('button', { name: '导入交办清单…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入交办清单' });
  await dialog.getByRole('button', { name: '选择表格文件…' }).click();
  const csv = `序号,类别,届次,提案号,案由,提案者,承办方式,交办日期,办理期限\n1,政协提案,市政协十三届五次会议,031,关于推进质量强市建设的提案,九三学社柳州市委员会,主办,${TODAY},${TODAY}\n`;
  await (await chooser).setFiles({ name: '交办清单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: '导入 1 件' }).click();
  await desk.getByRole('button', { name: '关于推进质量强市建设的提案' }).click();
  const { id } = (await stored<{ id: string }[]>(page, 'cases.list', {}))[0];
  return { detail: page.getByRole('region', { name: '案件详情' }), caseId: id };
}

test('交办日期, 办理期限 and an extension on the case desk take every way of writing a date', async ({ page, app: _app }) => {
  const { detail, caseId } = await openImportedCase(page);
  type Case = { facts: { assignedOn: string | null; dueOn: string | null }; extensions: { dueOn: string; approvedOn: string }[] };
  const facts = async () => (await stored<Case>(page, 'cases.get', { caseId })).facts;
  const saveFacts = () => detail.getByRole('button', { name: '保存案件信息' }).click();

  await everyFormIn(detail.getByLabel('交办日期', { exact: true }), 'thisYear', async () => (await facts()).assignedOn, saveFacts);
  // A deadline earlier than the assignment is refused: the case was assigned long before.
  await typeDate(detail.getByLabel('交办日期', { exact: true }), '2020-1-2');
  await saveFacts();
  await everyFormIn(detail.getByLabel('办理期限', { exact: true }), 'upcoming', async () => (await facts()).dueOn, saveFacts);

  // An extension is stored when it is registered; the form empties after each, so the other day is typed again.
  const latest = async (key: 'dueOn' | 'approvedOn') => (await stored<Case>(page, 'cases.get', { caseId })).extensions.at(-1)?.[key];
  const dueField = detail.getByLabel('延至', { exact: true });
  const approvedField = detail.getByLabel('批准日期', { exact: true });
  const registerWith = (other: Locator, otherDay: string) => async () => {
    const button = detail.getByRole('button', { name: '登记延期' });
    if (!(await button.isEnabled())) await typeDate(other, otherDay);
    if (await button.isEnabled()) await button.click();
  };
  await everyFormIn(dueField, 'upcoming', () => latest('dueOn'), registerWith(approvedField, '2023-5-20'));
  await everyFormIn(approvedField, 'thisYear', () => latest('approvedOn'), registerWith(dueField, '2024-1-31'));
  await expect(detail.getByRole('heading', { name: '延期' }).locator('xpath=..')).toContainText('2023年5月20日批准延至2023年5月26日');
});

const PIN = '246813';

test('签发日期 takes every way of writing a date, and the 签发 records the day as the clerk meant it', async ({ page, app: _app }) => {
  const prompt = page.getByRole('region', { name: '您是谁' });
  await prompt.getByLabel('姓名').fill('张局长');
  await prompt.getByLabel('科室').fill('局领导');
  await prompt.getByRole('radio', { name: '签发' }).check();
  await prompt.getByRole('button', { name: '确定' }).click();
  await createDraftFromTemplate(page);
  await reviewBar(page).getByRole('button', { name: '提交审核', exact: true }).click();
  const pinDialog = page.getByRole('dialog', { name: '设置签名口令' });
  await pinDialog.getByLabel('签名口令').fill(PIN);
  await pinDialog.getByLabel('再输入一遍').fill(PIN);
  await pinDialog.getByRole('button', { name: '生成个人签名密钥' }).click();
  await answerPin(page, PIN, state(page).filter({ hasText: '待审核' }));
  await step(page, '审核通过');
  await answerPin(page, PIN, state(page).filter({ hasText: '审核通过' }));

  await reviewBar(page).getByRole('button', { name: '签发', exact: true }).click();
  const form = reviewBar(page).getByRole('group', { name: '签发' });
  const field = form.getByLabel('签发日期');
  // Until the 签发 is confirmed, what would be stored is the day the calendar holds.
  await everyFormIn(field, 'thisYear', () => calendarOf(field).inputValue());

  await typeDate(field, '2023.5.26');
  await form.getByRole('button', { name: '确定签发' }).click();
  await answerPin(page, PIN, state(page).filter({ hasText: '已签发' }));
  await reviewBar(page).getByRole('button', { name: '审核记录' }).click();
  await expect(reviewBar(page).getByRole('list', { name: '审核记录' })).toContainText('签发人：张局长，2023-05-26');
});

test('a date typed while 保存案件信息 is still on its way stays as typed and is saved next', async ({ page, app: _app }) => {
  const { detail, caseId } = await openImportedCase(page);
  const dueOn = async () => (await stored<{ facts: { dueOn: string | null } }>(page, 'cases.get', { caseId })).facts.dueOn;
  const field = detail.getByLabel('办理期限', { exact: true });
  let answerSave!: () => void;
  const saveHeld = new Promise<void>((resolve) => (answerSave = resolve));
  await page.route('**/api/cases.save', async (route) => {
    const response = await route.fetch();
    await saveHeld;
    await route.fulfill({ response });
  });

  const next = YEAR + 1;
  await typeDate(field, `${next}-8-18`);
  await detail.getByRole('button', { name: '保存案件信息' }).click();
  await expect.poll(dueOn).toBe(`${next}-08-18`);
  await typeDate(field, `${next}-9-1`);
  answerSave();
  await expect(detail.getByRole('status')).toHaveText(/已保存/);
  await expect(field).toHaveValue(`${next}年9月1日`);

  await page.unroute('**/api/cases.save');
  await detail.getByRole('button', { name: '保存案件信息' }).click();
  await expect.poll(dueOn).toBe(`${next}-09-01`);
});
