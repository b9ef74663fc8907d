import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody } from './support/letter';
import { panelsOnScreen, sampleLetter, showPanel, zoomTo } from './support/workspace';

/** Each panel beside the page, the key that opens and closes it, and what it looks like to the clerk. */
const PANELS: Record<string, { key: string; find: (page: Page) => Locator }> = {
  填写要素: { key: 'Control+Alt+e', find: (page) => page.getByRole('region', { name: '填写要素' }) },
  查找替换: { key: 'Control+h', find: (page) => page.getByRole('search', { name: '替换' }) },
  校对: { key: 'F8', find: (page) => page.getByRole('complementary', { name: '校对' }) },
  批注: { key: 'Control+Shift+m', find: (page) => page.getByRole('complementary', { name: '批注' }) },
  版本记录: { key: 'Control+Alt+h', find: (page) => page.getByRole('complementary', { name: '版本记录' }) },
};
type PanelName = keyof typeof PANELS;

const open = async (page: Page, name: PanelName) => {
  await page.keyboard.press(PANELS[name].key);
  await showPanel(page, name, PANELS[name].find(page));
};

/** The key toggles a panel that is in front; in narrow mode or behind a tab it would first show it. */
const close = async (page: Page, name: PanelName) => {
  await showPanel(page, name, PANELS[name].find(page));
  if (name === '查找替换') await page.getByLabel('查找内容').focus();
  await page.keyboard.press(PANELS[name].key);
  await expect(PANELS[name].find(page)).toHaveCount(0);
};

/** A new draft, with the letter's text scrolled to the top of the page column. */
async function draftWithNoPanel(page: Page) {
  await createDraftFromTemplate(page);
  // A new draft opens with 填写要素 and 校对 beside it.
  await close(page, '填写要素');
  await close(page, '校对');
  await letterBody(page).evaluate((body) => body.scrollIntoView({ block: 'start' }));
}

async function expectLetterUncovered(page: Page, pageWidth: number) {
  await expect.poll(async () => (await sampleLetter(page)).covered).toEqual([]);
  const sample = await sampleLetter(page);
  expect(sample.sampled).toBeGreaterThanOrEqual(20);
  expect(sample.sheetWidth).toBeCloseTo(pageWidth, 0);
}

/** Panels on screen stand apart, each one on top at its own middle. */
async function expectPanelsApart(page: Page, shown: number) {
  const panels = await panelsOnScreen(page);
  expect(panels).toHaveLength(shown);
  for (const panel of panels) expect(panel, `「${panel.panel}」 is covered`).toMatchObject({ ownsItsMiddle: true });
  const [first, second] = panels;
  if (second) expect(first.right <= second.left || second.right <= first.left).toBe(true);
}

const PAIRS: [PanelName, PanelName][] = [
  ['填写要素', '校对'],
  ['版本记录', '批注'],
  ['查找替换', '版本记录'],
];

for (const [width, height, columns] of [
  [1366, 768, 1],
  [1920, 1080, 2],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('no panel covers the letter or another panel, one at a time or two at once, and the page keeps its width', async ({ page, app: _app }) => {
      await draftWithNoPanel(page);
      const { sheetWidth: pageWidth } = await sampleLetter(page);
      expect(pageWidth).toBeCloseTo((210 / 25.4) * 96, 0);

      for (const name of Object.keys(PANELS)) {
        await open(page, name);
        await expectLetterUncovered(page, pageWidth);
        await expectPanelsApart(page, 1);
        await close(page, name);
      }

      for (const [a, b] of PAIRS) {
        await open(page, a);
        await open(page, b);
        await expectLetterUncovered(page, pageWidth);
        // Where the page leaves room for one column, the two share it with tabs: 1366 × 768.
        await expectPanelsApart(page, columns);
        if (columns === 1) await expect(page.getByRole('tab', { name: a, exact: true })).toHaveAttribute('aria-selected', 'false');
        await close(page, b);
        await close(page, a);
      }
    });

    test('every field of the form is reachable without scrolling sideways', async ({ page, app: _app }) => {
      await createDraftFromTemplate(page);
      const form = PANELS.填写要素.find(page);
      await showPanel(page, '填写要素', form);
      const outside = await form.evaluate((section) => {
        const column = section.closest('.dock-column__body') as HTMLElement;
        const box = column.getBoundingClientRect();
        const fields = [...section.querySelectorAll<HTMLElement>('input:not([aria-hidden]), select, button')];
        return {
          scrollsSideways: column.scrollWidth > column.clientWidth,
          outside: fields
            .filter((field) => {
              const at = field.getBoundingClientRect();
              return at.left < box.left || at.right > box.right;
            })
            .map((field) => field.getAttribute('aria-label') ?? field.textContent),
        };
      });
      expect(outside).toEqual({ scrollsSideways: false, outside: [] });
    });
  });
}

test.describe('at 1366×768 zoomed to 125 % and 150 %', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the panels become drawers the clerk pulls out; closed, they leave the letter uncovered at its full width', async ({ page, app: _app }) => {
    await draftWithNoPanel(page);
    const { sheetWidth: atFullSize } = await sampleLetter(page);
    for (const percent of [125, 150] as const) {
      await zoomTo(page, percent);
      await page.keyboard.press(PANELS.填写要素.key);
      await page.keyboard.press(PANELS.校对.key);
      await page.keyboard.press(PANELS.版本记录.key);
      const handles = page.getByRole('navigation', { name: '面板' });
      await expect(handles.getByRole('button')).toHaveText(['填写要素', '校对', '版本记录']);
      // The draft list collapsed first, to its handle.
      await expect(page.getByRole('button', { name: '草稿列表' })).toBeVisible();
      await expect(page.getByRole('list', { name: '草稿列表' })).toBeHidden();

      // 版本记录 was asked for alone: its drawer came out. The clerk puts it back.
      await expect(PANELS.版本记录.find(page)).toBeVisible();
      await page.getByRole('button', { name: '收起「版本记录」' }).click();
      await letterBody(page).evaluate((body) => body.scrollIntoView({ block: 'start' }));
      await expectLetterUncovered(page, (atFullSize * percent) / 100);

      await handles.getByRole('button', { name: '填写要素' }).click();
      await expect(PANELS.填写要素.find(page).getByLabel('提案号')).toBeVisible();
      await handles.getByRole('button', { name: '填写要素' }).click();
      await expect(PANELS.填写要素.find(page)).toBeHidden();
      await expectLetterUncovered(page, (atFullSize * percent) / 100);

      for (const name of ['填写要素', '校对', '版本记录'] as const) await close(page, name);
    }
  });
});

test('a widened panel keeps its width the next time, and never narrows the page', async ({ page, app: _app }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await draftWithNoPanel(page);
  const { sheetWidth: pageWidth } = await sampleLetter(page);
  await open(page, '版本记录');
  const edge = page.getByRole('separator', { name: '调整「版本记录」的宽度' });
  await edge.focus();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
  await expect(edge).toHaveAttribute('aria-valuenow', '340');
  await close(page, '版本记录');
  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  // 版本记录 can be opened once the draft is: its key does nothing before.
  await expect(letterBody(page)).toBeVisible();
  await open(page, '版本记录');
  await expect(page.getByRole('separator', { name: '调整「版本记录」的宽度' })).toHaveAttribute('aria-valuenow', '340');
  await expectLetterUncovered(page, pageWidth);
});
