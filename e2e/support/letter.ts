import { expect, type Page } from '@playwright/test';

export const COLLECTIVE_PROPOSAL = '政协提案答复（主办，集体提案）';

/** The app has started once its commands are bound: 新建答复 is enabled. */
export async function waitForAppReady(page: Page) {
  await expect(page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '新建答复' })).toBeEnabled();
}

export function letterBody(page: Page) {
  return page.getByRole('textbox', { name: '正文' });
}

export function paragraph(page: Page, text: string) {
  return letterBody(page).locator('p', { hasText: text }).first();
}

export async function createDraftFromTemplate(page: Page, templateName = COLLECTIVE_PROPOSAL) {
  // The letter open before stays editable until the new one replaces it: typing before then would go into it.
  const previous = (await letterBody(page).count()) > 0 ? await letterBody(page).elementHandle() : null;
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '新建答复' }).click();
  await page.getByRole('dialog', { name: '选择模板' }).getByRole('button', { name: templateName }).click();
  await previous?.waitForElementState('hidden');
  await expect(letterBody(page)).toBeVisible();
}

/** Alt+Delete on the open letter; returns once the letter has closed, i.e. once it is in the 回收站. */
export async function deleteOpenDraft(page: Page) {
  await page.keyboard.press('Alt+Delete');
  await expect(letterBody(page)).toHaveCount(0);
}

/** Puts the caret at the end of the first paragraph that contains `text`, as a click there does. */
export async function placeCaretAfter(page: Page, text: string) {
  const target = paragraph(page, text);
  const box = await target.boundingBox();
  if (!box) throw new Error(`paragraph 「${text}」 is not visible`);
  await target.click({ position: { x: box.width - 2, y: box.height - 6 } });
}

/** Puts the caret at the start of the first paragraph that contains `text`. */
export async function placeCaretBefore(page: Page, text: string) {
  await paragraph(page, text).click({ position: { x: 2, y: 6 } });
  await page.keyboard.press('Home');
}

export async function typeNewParagraphAfter(page: Page, anchorText: string, typed: string) {
  await placeCaretAfter(page, anchorText);
  await page.keyboard.press('Enter');
  await page.keyboard.type(typed);
}

export async function waitUntilSaved(page: Page) {
  // The save status, not another live region (审核状态) in the page.
  await expect(page.getByRole('status').filter({ hasText: /保存/ })).toHaveText(/已保存 \d{2}:\d{2}:\d{2}/, { timeout: 10_000 });
}

export async function openDraftNamed(page: Page, title: string | RegExp) {
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button', { name: title }).first().click();
  await expect(letterBody(page)).toBeVisible();
}
