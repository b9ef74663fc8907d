import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPrint } from '../../shared/print/renderPrint';
import { DEFAULT_PRINT_SETTINGS } from '../../shared/print/settings';
import { resolveChromium } from './chromiumPath';
import { readPdfLines } from './pdfMeasure';
import { launchPrintBrowser, renderPdf } from './renderPdf';

describe('the page a PDF is printed from', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'dafu-pdf-policy-'));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('x');
  });
  beforeAll(async () => {
    browser = await launchPrintBrowser(resolveChromium());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs no script a letter could carry and sends nothing anywhere, yet lays out and prints the letter', async () => {
    const { port } = server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    const render = renderPrint({
      document: {
        version: 1,
        blocks: [
          { role: 'title', inlines: [{ t: 'text', text: '关于某事的答复' }] },
          { role: 'body', inlines: [{ t: 'text', text: '特此答复。' }] },
        ],
      },
      fieldDefinitions: [],
      fields: {},
      settings: DEFAULT_PRINT_SETTINGS,
    });
    // As if markup had slipped through unescaped: a script, an event handler, a remote image, a style sheet, a frame.
    const hostile = [
      `<script>document.body.prepend('脚本运行了'); fetch('${origin}/script')</script>`,
      `<img src="${origin}/image" onerror="document.body.prepend('事件运行了')">`,
      `<link rel="stylesheet" href="${origin}/style.css">`,
      `<iframe src="${origin}/frame"></iframe>`,
      `<p style="background:url(${origin}/background)">样式</p>`,
    ].join('');
    const { pdf, report } = await renderPdf(browser, { ...render, bodyHtml: render.bodyHtml + hostile });

    expect(report.pages).toBe(1);
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    const text = readPdfLines(file)
      .flatMap((page) => page.lines.map((line) => line.text))
      .join('\n');
    expect(text).toContain('特此答复');
    expect(text).not.toContain('运行了');
    expect(requests).toEqual([]);
  });
});
