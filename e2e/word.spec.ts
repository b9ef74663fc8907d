import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { letterBody, paragraph } from './support/letter';
import { reviewBar } from './support/review';
import { exportLetterDocx } from '../shared/docx/exportDocx';
import { recogniseLetter } from '../shared/structure/recogniseLetter';
import { liuzhou2023Letter } from '../shared/structure/fixtures/liuzhou2023';
import { editDocx, trackDeletion, trackInsertion } from '../shared/docx/fixtures/docxTestKit';

async function letterDocx(): Promise<Buffer> {
  const letter = recogniseLetter(liuzhou2023Letter);
  return Buffer.from(await exportLetterDocx({ title: '答复', content: letter.document, fieldDefinitions: letter.fieldDefinitions, fields: letter.fields }));
}

const fileMenu = (page: Page, item: RegExp) =>
  page
    .getByRole('navigation', { name: '菜单' })
    .getByRole('button', { name: '文件' })
    .click()
    .then(() => page.getByRole('menuitem', { name: item }).click());

test('a .docx comes in as a draft, goes out as a GB/T 9704 .docx, and a colleague’s 修订 come back as suggestions merged into a new version', async ({
  page,
  app: _app,
}) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click();
  await (
    await chooser
  ).setFiles({ name: '011号提案答复.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await letterDocx() });
  await expect(letterBody(page)).toContainText('现答复如下');
  await expect(page.locator('[data-field="proposer"]').first()).toHaveText('九三学社柳州市委员会');
  await expect(letterBody(page).locator('p[data-role="heading"]').first()).toBeVisible();

  const download = page.waitForEvent('download');
  await fileMenu(page, /导出 Word 文档/);
  // The web copy still has its half-width commas, so the summary of open findings asks first.
  await page.getByRole('dialog', { name: '导出前请核对' }).getByRole('button', { name: '仍然导出' }).click();
  const exported = readFileSync(await (await download).path());
  expect((await download).suggestedFilename()).toBe('关于对柳州市政协十三届三次会议第011号提案的答复.docx');
  const xml = await (await JSZip.loadAsync(exported)).file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');

  const edited = await editDocx(new Uint8Array(exported), [trackDeletion('历届党委、'), trackInsertion('高度重视质量工作', '和标准化工作')]);
  const revisionChooser = page.waitForEvent('filechooser');
  await fileMenu(page, /导入修改稿为新版本/);
  await (
    await revisionChooser
  ).setFiles({ name: '科长修改稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(edited) });
  // nothing is accepted silently: the 修订 wait as 待合并 until the clerk takes them
  await expect(page.getByRole('alert').filter({ hasText: '修改建议' })).toContainText('文件里的修订（张科长）没有直接改动正文');
  await expect(paragraph(page, '柳州市作为广西主要工业城市')).toContainText('历届党委、');
  await reviewBar(page).getByRole('button', { name: '逐段合并…' }).click();
  const merge = page.getByRole('dialog', { name: '逐段合并' });
  await merge.getByRole('button', { name: '全部接受' }).click();
  await merge.getByRole('button', { name: '保存合并' }).click();
  await expect(merge).toHaveCount(0);
  await expect(paragraph(page, '柳州市作为广西主要工业城市')).toContainText('高度重视质量工作和标准化工作');
  await expect(paragraph(page, '柳州市作为广西主要工业城市')).not.toContainText('历届党委、');

  const text = page.waitForEvent('download');
  await fileMenu(page, /导出文本文件/);
  await page.getByRole('dialog', { name: '导出前请核对' }).getByRole('button', { name: '仍然导出' }).click();
  expect(readFileSync(await (await text).path(), 'utf8')).toMatch(/^\ufeff关于对柳州市政协十三届三次会议第011号提案的答复\r\n/);
});

test('a file that is not a .docx, or one too large, is refused with a plain message before anything changes', async ({ page, app: _app }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click();
  await (
    await chooser
  ).setFiles({
    name: '加密.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0')]),
  });
  await expect(page.getByRole('alert')).toContainText('设置了打开密码');
  await expect(page.getByRole('list', { name: '草稿列表' }).getByRole('button')).toHaveCount(0);

  await page.getByRole('alert').getByRole('button', { name: '知道了' }).click();
  // 200 MB on disk (sparse, so the test writes nothing): refused by its size before a byte is read
  const huge = join(mkdtempSync(join(tmpdir(), 'dafu-huge-')), '整本提案（200MB）.docx');
  writeFileSync(huge, '');
  truncateSync(huge, 200 * 1024 * 1024);
  const big = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click();
  await (await big).setFiles(huge);
  await expect(page.getByRole('alert')).toContainText('「整本提案（200MB）.docx」有 200.0 MB，超过了 100.0 MB 的上限，没有导入');
  await expect(page.getByRole('list', { name: '草稿列表' }).getByRole('button')).toHaveCount(0);
});

test('a 30 MB .docx with scanned pages comes in piece by piece under a moving progress bar and ends as a draft', async ({ page, app: _app }) => {
  test.setTimeout(180_000);
  // a letter carrying a 30 MB scan: random bytes, so the file is as large as the part
  const zip = await JSZip.loadAsync(await letterDocx());
  zip.file('word/media/scan1.png', randomBytes(30 * 1024 * 1024));
  const file = join(mkdtempSync(join(tmpdir(), 'dafu-big-')), '附扫描件的答复.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
  expect(statSync(file).size).toBeGreaterThan(30 * 1024 * 1024);
  // what the clerk sees: the bar's value sampled as it moves, and the longest time the page was busy
  // while the file travels (until the bar is full; opening the new draft afterwards is the editor's own work)
  await page.evaluate(() => {
    const seen = window as unknown as { longestTask: number; fractions: number[] };
    seen.longestTask = 0;
    seen.fractions = [];
    const travelling = () => !seen.fractions.includes(1);
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => travelling() && (seen.longestTask = Math.max(seen.longestTask, entry.duration))),
    ).observe({ type: 'longtask' });
    setInterval(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="进度"]');
      if (bar && bar.hasAttribute('value')) seen.fractions.push(bar.value);
    }, 20);
  });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: '常用操作' }).getByRole('button', { name: '导入 Word' }).click();
  const started = Date.now();
  await (await chooser).setFiles(file);
  await expect(page.getByText('正在读取「附扫描件的答复.docx」')).toBeVisible();
  await expect(letterBody(page)).toContainText('现答复如下', { timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByRole('progressbar', { name: '进度' })).toBeHidden();
  await expect(page.getByRole('list', { name: '草稿列表' })).toContainText('关于对柳州市政协十三届三次会议第011号提案的答复');
  const { longestTask, fractions } = await page.evaluate(() => {
    const seen = window as unknown as { longestTask: number; fractions: number[] };
    return { longestTask: seen.longestTask, fractions: seen.fractions };
  });
  const steps = [...new Set(fractions)];
  expect(steps.filter((fraction) => fraction > 0 && fraction < 1).length).toBeGreaterThanOrEqual(3);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  // for the record, not asserted (timings vary with the machine): 1 MB pieces keep each stretch of page work short
  console.log(
    `30 MB import: ${seconds.toFixed(1)} s, ${steps.length} progress steps, longest main-thread task while it travelled ${longestTask.toFixed(0)} ms`,
  );
});

test('a .docx dropped on the draft list becomes a new draft', async ({ page, app: _app }) => {
  const data = (await letterDocx()).toString('base64');
  await page
    .getByRole('complementary')
    .first()
    .evaluate((side, base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '拖入的答复.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      side.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      side.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, data);
  await expect(letterBody(page)).toContainText('现答复如下');
  await expect(page.getByRole('list', { name: '草稿列表' })).toContainText('关于对柳州市政协十三届三次会议第011号提案的答复');
});
