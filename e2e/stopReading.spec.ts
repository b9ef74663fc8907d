import { expect, test } from './support/fixtures';
import { stored } from './support/api';
import { docxFile, wordParagraph } from '../electron/testing/hostile/officeFiles';

const deletion = (id: number) =>
  `<w:del w:id="${id}" w:author="王晶" w:date="2026-03-10T00:00:00Z"><w:r><w:delText xml:space="preserve">${'建议内容。'.repeat(10)}</w:delText></w:r></w:del>`;

/** A colleague's copy with 25,000 tracked deletions: a read that takes a while on the service side. */
const heavyCopy = () =>
  docxFile({
    body: [
      {
        data: `${wordParagraph('关于柳州螺蛳粉产业发展的答复')}<w:p>${Array.from({ length: 25_000 }, (_, i) => deletion(i + 1)).join('')}<w:r><w:t>柳州螺蛳粉全产业链销售收入超600亿元。</w:t></w:r></w:p>`,
      },
    ],
  });

test('停止读取 while a large Word file is read: the read stops on the service side and no draft appears', async ({ page, app: _app }) => {
  const before = await stored<unknown[]>(page, 'drafts.list', {});
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click();
  await (
    await chooser
  ).setFiles({ name: '大修改稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: heavyCopy() });

  const status = page.locator('.word-transfer');
  await status.getByRole('button', { name: '停止读取' }).click();
  await expect(status).toBeHidden();
  // The read that was stopped is refused on the service side; the list stays as it was once it would have ended.
  await page.waitForTimeout(3_000);
  expect(await stored<unknown[]>(page, 'drafts.list', {})).toHaveLength(before.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
