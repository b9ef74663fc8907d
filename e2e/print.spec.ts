import { expect, test } from './support/fixtures';
import { openDraftNamed, typeNewParagraphAfter, waitUntilSaved } from './support/letter';
import { liuzhou2023Letter } from '../shared/structure/fixtures/liuzhou2023';

test('Ctrl+P shows the real A4 pages with page numbers, marks unfilled fields and names fallback fonts', async ({ page, app: _app }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The example letter, imported through the contract as the 导入 command does, then its 承办人 emptied.
  await page.evaluate(async (text) => {
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    const api = async (name: string, input: unknown) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = await response.json();
      if (!result.ok) throw new Error(`${name} failed`);
      return result.value;
    };
    const draft = await api('drafts.import', { fileName: '例文.txt', text });
    await api('drafts.save', { draftId: draft.id, base: draft.base, content: draft.content, fields: { ...draft.fields, handler: '' } });
  }, liuzhou2023Letter);
  await page.reload();
  await openDraftNamed(page, /提案的答复/);
  await typeNewParagraphAfter(page, '继续给予关注。', '<b>不是标记</b>的一句话。');
  await waitUntilSaved(page);
  await page.keyboard.press('Control+p');

  const preview = page.getByRole('dialog', { name: '打印预览' });
  const warnings = preview.getByRole('alert', { name: '打印前请注意' });
  await expect(warnings).toContainText('1 处信息没有填写（承办人）');
  await expect(warnings).toContainText('仿宋（正文）→思源宋体（Noto Serif SC，随软件附带）');
  await expect(preview.getByRole('status')).toContainText('共 ');

  const pages = page.frameLocator('iframe[title="打印页面"]');
  await expect(pages.locator('.page').first()).toBeVisible();
  const size = await pages
    .locator('.page')
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    });
  // 210 × 297 mm at 96 px per inch.
  expect(size.width).toBeCloseTo((210 / 25.4) * 96, 0);
  expect(size.height).toBeCloseTo((297 / 25.4) * 96, 0);
  await expect(pages.locator('.page--odd .folio').first()).toHaveText('— 1 —');
  await expect(pages.locator('.unfilled').first()).toBeVisible();
  await expect(pages.locator('.b-body', { hasText: '<b>不是标记</b>的一句话。' })).toHaveCount(1);
  await expect(pages.locator('b')).toHaveCount(0);

  await preview.getByLabel('版式').selectOption('letter');
  await expect(pages.locator('.letterhead')).toBeVisible();
  await expect(pages.locator('.page').first().locator('.folio')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/print/preview.png' });
  expect(errors.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
});
