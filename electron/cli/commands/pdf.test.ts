import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutReport } from '../../../shared/print/fixtures/layoutReport';
import type { PrintRender } from '../../../shared/print/renderPrint';
import { makeTestContext } from '../../testing/testContext';
import { runCli } from '../run';
import { fakeIo } from '../../testing/storeFixture';

/** The happy path (a real PDF, measured with poppler) is in electron/print/conformance.test.ts. */

describe('dafu pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-pdf-'));
  const db = join(dir, 'dafu.sqlite3');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says what is missing in one Chinese line and writes nothing', async () => {
    const noOut = fakeIo();
    expect(await runCli(['pdf', '7d1f2b7e-3c1a-4d2e-9f00-000000000001', '--db', db], noOut.io)).toBe(2);
    expect(noOut.err).toEqual([expect.stringContaining('请用 -o 给出要写入的 PDF 文件名')]);

    const noId = fakeIo();
    expect(await runCli(['pdf', '-o', join(dir, 'a.pdf'), '--db', db], noId.io)).toBe(2);
    expect(noId.err).toEqual([expect.stringContaining('请给出一份草稿的编号')]);

    const badBrowser = fakeIo();
    expect(
      await runCli(['pdf', '7d1f2b7e-3c1a-4d2e-9f00-000000000001', '-o', join(dir, 'a.pdf'), '--db', db, '--chromium', '/没有/chromium'], badBrowser.io),
    ).toBe(1);
    expect(badBrowser.err).toEqual([expect.stringContaining('找不到浏览器程序')]);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });

  it('refuses an unknown draft before starting a browser', async () => {
    const run = fakeIo();
    expect(await runCli(['pdf', '7d1f2b7e-3c1a-4d2e-9f00-000000000001', '-o', join(dir, 'b.pdf'), '--db', db, '--chromium', process.execPath], run.io)).toBe(1);
    expect(run.err).toEqual([expect.stringContaining('找不到这份草稿')]);
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
  });

  it('prints with the printer the packaged app brings (its own printToPDF) instead of a Chromium', async () => {
    const file = join(dir, 'packaged.sqlite3');
    const { ctx, handlers } = makeTestContext(file);
    const draft = await handlers['drafts.create']({ templateId: (await handlers['templates.list']({}))[0]!.id });
    ctx.db.close();
    const printed: PrintRender[] = [];
    const run = fakeIo();
    const pdfPrinter = async (render: PrintRender) => {
      printed.push(render);
      return {
        pdf: new TextEncoder().encode('%PDF-stand-in'),
        report: layoutReport({ pages: 2 }),
      };
    };
    const target = join(dir, 'packaged.pdf');
    expect(await runCli(['pdf', draft.id, '-o', target, '--db', file, '--chromium', '/没有/chromium'], { ...run.io, pdfPrinter })).toBe(0);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.layout).toMatchObject({ format: 'ordinary', lines: 22 });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-stand-in');
    expect(run.out.at(-1)).toContain('（2 页）');
  });
});
