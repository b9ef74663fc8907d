import { expect, type Page } from '@playwright/test';

export function letterBody(page: Page) {
  return page.getByRole('textbox', { name: '正文' });
}

export async function createDraftFromTemplate(page: Page, templateName: string) {
  await page.getByRole('button', { name: '新建答复' }).click();
  await page.getByRole('dialog', { name: '选择模板' }).getByRole('button', { name: new RegExp(templateName) }).click();
  await expect(letterBody(page)).toBeVisible();
}

/** Puts the caret at the end of the first paragraph that contains `text`. */
export async function placeCaretAfter(page: Page, text: string) {
  const paragraph = letterBody(page).locator('p', { hasText: text }).first();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error(`paragraph 「${text}」 is not visible`);
  // A click right of the last line's end puts the caret at the end of the paragraph, as a user does.
  await paragraph.click({ position: { x: box.width - 2, y: box.height - 6 } });
}

export async function waitUntilSaved(page: Page) {
  await expect(page.getByRole('status')).toHaveText(/已保存 \d{2}:\d{2}:\d{2}/, { timeout: 10_000 });
}
