import { expect, type Locator, type Page } from '@playwright/test';

/** Brings a docked panel forward: its tab where it shares a column, its drawer in narrow mode. */
export async function showPanel(page: Page, title: string, panel: Locator) {
  const tab = page.getByRole('tab', { name: title, exact: true });
  const handle = page.getByRole('navigation', { name: '面板' }).getByRole('button', { name: title, exact: true });
  await expect(panel.or(tab).or(handle).first()).toBeVisible();
  if ((await tab.isVisible()) && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  if ((await handle.isVisible()) && (await handle.getAttribute('aria-expanded')) !== 'true') await handle.click();
  await expect(panel).toBeVisible();
}

export interface LetterSample {
  /** Points at the middle of characters of the letter's text that are on screen in the page column. */
  sampled: number;
  /** Those where something other than the letter is on top, and what it is. */
  covered: { x: number; y: number; by: string }[];
  /** The A4 sheet's width on screen. */
  sheetWidth: number;
}

/** Asks the browser what is on top at points on the letter's visible text (every third character, up to 60). */
export function sampleLetter(page: Page): Promise<LetterSample> {
  return page.evaluate(() => {
    const body = document.querySelector('[aria-label="正文"]') as HTMLElement;
    const sheet = document.querySelector('.letter-sheet') as HTMLElement;
    const column = (document.querySelector('.app__main') as HTMLElement).getBoundingClientRect();
    const seen = {
      left: Math.max(0, column.left),
      right: Math.min(window.innerWidth, column.right - 20),
      top: Math.max(0, column.top),
      bottom: Math.min(window.innerHeight, column.bottom),
    };
    const points: { x: number; y: number }[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let index = 0;
    for (let node = walker.nextNode(); node && points.length < 60; node = walker.nextNode()) {
      for (let at = 0; at < (node.textContent ?? '').length && points.length < 60; at += 1, index += 1) {
        if (index % 3 !== 0 || /\s/.test(node.textContent![at])) continue;
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const box = range.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x > seen.left && x < seen.right && y > seen.top && y < seen.bottom) points.push({ x, y });
      }
    }
    const describe = (element: Element | null) =>
      element
        ? `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}${element.closest('[aria-label]') ? ` in 「${element.closest('[aria-label]')!.getAttribute('aria-label')}」` : ''}`
        : 'nothing';
    const covered = points.flatMap(({ x, y }) => {
      const top = document.elementFromPoint(x, y);
      return top && sheet.contains(top) ? [] : [{ x, y, by: describe(top) }];
    });
    return { sampled: points.length, covered, sheetWidth: sheet.getBoundingClientRect().width };
  });
}

/** The docked panels on screen, each with what is on top at its middle: it should be the panel itself. */
export function panelsOnScreen(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.dock-slot:not([hidden])')]
      .filter((slot) => slot.isConnected && slot.getBoundingClientRect().width > 0 && !slot.closest('.dock-parking'))
      .map((slot) => {
        const box = slot.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height, 200) / 2);
        return { panel: slot.dataset.panel ?? '', left: box.left, right: box.right, ownsItsMiddle: top !== null && slot.contains(top) };
      }),
  );
}

/** Sets the app's zoom with its own commands (视图 → 放大 / 实际大小), as the clerk would. */
export async function zoomTo(page: Page, percent: 100 | 125 | 150) {
  await page.keyboard.press('Control+0');
  for (let step = 0; step < { 100: 0, 125: 2, 150: 3 }[percent]; step += 1) await page.keyboard.press('Control+Equal');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.zoom)).toBe(String(percent / 100));
}
