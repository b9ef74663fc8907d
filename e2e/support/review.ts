import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { letterBody } from './letter';

export const reviewBar = (page: Page) => page.getByRole('region', { name: '审核' });
export const state = (page: Page) => reviewBar(page).locator('.review-bar__state');
export const isLocked = (page: Page) => expect(page.locator('.letter-body')).toHaveAttribute('contenteditable', 'false');

const dafuBin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'electron', 'bin', 'dafu.js');

/** Runs `dafu` as IT or a clerk would at a terminal; the PIN comes from DAFU_PIN. Returns stdout, throwing on a non-zero exit. */
export function dafu(args: string[], pin?: string): string {
  const run = spawnSync(process.execPath, [dafuBin, ...args], { encoding: 'utf8', env: { ...process.env, DAFU_PIN: pin ?? '' } });
  if (run.status !== 0) throw new Error(`dafu ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** Answers the PIN dialog if the step asks for it (the key is remembered for a few minutes after). */
export async function answerPin(page: Page, pin: string, done: Locator) {
  const dialog = page.getByRole('dialog', { name: '输入签名口令' });
  await expect(dialog.or(done).first()).toBeVisible();
  if (await dialog.isVisible()) {
    await dialog.getByLabel('签名口令').fill(pin);
    await dialog.getByRole('button', { name: '确定' }).click();
  }
  await expect(done).toBeVisible();
}

export async function exportPackage(page: Page, file: string) {
  const download = page.waitForEvent('download');
  await reviewBar(page).getByRole('button', { name: '导出草稿包' }).click();
  await (await download).saveAs(file);
}

export async function importPackage(page: Page, file: string) {
  const notice = page.locator('.review-notice');
  if (await notice.isVisible()) await notice.getByRole('button', { name: '知道了' }).click();
  const chooser = page.waitForEvent('filechooser');
  await reviewBar(page).getByRole('button', { name: '导入草稿包' }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('.review-notice')).toContainText('已导入');
}

/** Clicks a review step, fills its form when it has one, and confirms. */
export async function step(page: Page, action: string, fill: Record<string, string> = {}) {
  await reviewBar(page).getByRole('button', { name: action, exact: true }).click();
  const entries = Object.entries(fill);
  const form = reviewBar(page).getByRole('group', { name: action });
  // A step with nothing to fill still asks whom to send it to when the PC knows the bureau's people.
  if (entries.length === 0 && !(await form.isVisible())) return;
  for (const [label, value] of entries) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: `确定${action}` }).click();
}

/** Selects a quote in the letter and waits until the editor has taken the selection (it follows `selectionchange`). */
export async function selectText(page: Page, quote: string) {
  await letterBody(page).locator('p', { hasText: quote }).first().click();
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const body = document.querySelector('[aria-label="正文"]')!;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true });
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
        reject(new Error(`「${text}」 not in the letter`));
      }),
    quote,
  );
}
