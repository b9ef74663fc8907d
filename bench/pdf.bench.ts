// A 30,000-character reply through the app's print layout (markup, pagination in Chromium, page.pdf)
// against a bare Chromium page.pdf() of the same plain text with the same page setup, in the same
// run and browser; and whether the page count stays the same over 10 runs.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Block, LetterDocument } from '../shared/model/document';
import { renderPrint, printDocumentHtml } from '../shared/print/renderPrint';
import { DEFAULT_PRINT_SETTINGS } from '../shared/print/settings';
import { layoutExpression } from '../electron/print/layoutScript';
import { PLAYWRIGHT_PDF_OPTIONS } from '../electron/print/pdfOptions';
import { launchPrintBrowser } from '../electron/print/renderPdf';
import { resolveChromium } from '../electron/print/chromiumPath';
import type { LayoutReport } from '../shared/print/layoutTypes';
import { percentile, round } from './stats';
import type { BenchReport } from './run';
import { REPLY_SENTENCES } from './replySentences';
import { shippedFontFaces } from '../electron/services/drafts/printFonts';
import { resourcesDir } from '../electron/app/paths';

const RUNS = 10;
const FONTS_DIR = join(resourcesDir(), 'fonts');

/** 100 paragraphs of 300 characters, every tenth led by a heading, then the sign-off and 抄送. */
function letter(): { document: LetterDocument; plain: string[] } {
  const text = (role: Block['role'], value: string, level?: 1 | 2): Block => ({ role, ...(level ? { level } : {}), inlines: [{ t: 'text', text: value }] });
  const paragraphs = Array.from({ length: 100 }, (_, i) => {
    let value = '';
    for (let k = i; value.length < 300; k += 3) value += REPLY_SENTENCES[k % REPLY_SENTENCES.length];
    return value.slice(0, 299) + '。';
  });
  const blocks: Block[] = [text('title', '关于市政协十三届三次会议第088号提案的答复'), text('addressee', '张明委员：')];
  paragraphs.forEach((value, i) => {
    if (i % 10 === 0) blocks.push(text('heading', `${'一二三四五六七八九十'[i / 10]}、工作情况`, 1));
    blocks.push(text('body', value));
  });
  blocks.push(
    text('closing', '专此答复。'),
    text('signature', '柳州市市场监督管理局'),
    text('date', '2023年5月26日'),
    text('cc', '抄送：市政协提案委员会，市政府督查室。'),
  );
  return { document: { version: 1, blocks }, plain: paragraphs };
}

/** The baseline measurements' bare page: same paper, margins, font, size and line pitch, no layout of ours. */
function bareHtml(paragraphs: string[]): string {
  const css = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; } body { margin: 0; font-family: 'Noto Serif CJK SC'; font-size: 16pt; line-height: 10.227mm; }
    p { margin: 0; text-indent: 2em; text-align: justify; }`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function appRun(page: Page, doc: LetterDocument) {
  // Markup includes embedding the shipped fonts, cut down to the letter's characters, as print.render does.
  const [markupMs, render] = await timed(async () => {
    const printed = renderPrint({ document: doc, fieldDefinitions: [], fields: {}, settings: DEFAULT_PRINT_SETTINGS });
    return { ...printed, css: shippedFontFaces(FONTS_DIR, printed.bodyHtml) + printed.css };
  });
  const [loadMs] = await timed(() => page.setContent(printDocumentHtml(render), { waitUntil: 'load' }));
  const [layoutMs, report] = await timed(() => page.evaluate(layoutExpression(render.layout)) as Promise<LayoutReport>);
  const [pdfMs, pdf] = await timed(() => page.pdf(PLAYWRIGHT_PDF_OPTIONS));
  return { markupMs, loadMs, layoutMs, pdfMs, total: markupMs + loadMs + layoutMs + pdfMs, pages: report.pages, pdfPages: pdfPages(pdf), bytes: pdf.length };
}

async function bareRun(page: Page, paragraphs: string[]) {
  const [loadMs] = await timed(async () => {
    await page.setContent(bareHtml(paragraphs), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  });
  const [pdfMs, pdf] = await timed(() => page.pdf({ preferCSSPageSize: true }));
  return { loadMs, pdfMs, total: loadMs + pdfMs, pdfPages: pdfPages(pdf), bytes: pdf.length };
}

export async function run(): Promise<BenchReport> {
  const { document: doc, plain } = letter();
  const chars = plain.join('').length;
  const browser: Browser = await launchPrintBrowser(resolveChromium());
  try {
    const fresh = async <T>(work: (page: Page) => Promise<T>) => {
      const page = await browser.newPage();
      try {
        return await work(page);
      } finally {
        await page.close();
      }
    };
    // Warm-up: fonts and the PDF backend, for both.
    await fresh((page) => appRun(page, doc));
    await fresh((page) => bareRun(page, plain));
    const app: Awaited<ReturnType<typeof appRun>>[] = [];
    const bare: Awaited<ReturnType<typeof bareRun>>[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      app.push(await fresh((page) => appRun(page, doc)));
      bare.push(await fresh((page) => bareRun(page, plain)));
    }
    const p50 = (values: number[]) => round(percentile(values, 50), 1);
    const p95 = (values: number[]) => round(percentile(values, 95), 1);
    const appPages = new Set(app.map((r) => r.pdfPages));
    return {
      name: `PDF of a ${chars.toLocaleString('en')}-character letter: app layout vs bare page.pdf()`,
      rows: [
        { case: 'app: markup (Node)', p50: p50(app.map((r) => r.markupMs)), p95: p95(app.map((r) => r.markupMs)) },
        { case: 'app: setContent', p50: p50(app.map((r) => r.loadMs)), p95: p95(app.map((r) => r.loadMs)) },
        { case: 'app: layoutPages (in Chromium)', p50: p50(app.map((r) => r.layoutMs)), p95: p95(app.map((r) => r.layoutMs)) },
        { case: 'app: page.pdf()', p50: p50(app.map((r) => r.pdfMs)), p95: p95(app.map((r) => r.pdfMs)) },
        {
          case: 'app: total',
          p50: p50(app.map((r) => r.total)),
          p95: p95(app.map((r) => r.total)),
          pages: [...appPages].join('/'),
          kB: round(app[0].bytes / 1024, 0),
        },
        { case: 'bare: setContent + fonts', p50: p50(bare.map((r) => r.loadMs)), p95: p95(bare.map((r) => r.loadMs)) },
        { case: 'bare: page.pdf()', p50: p50(bare.map((r) => r.pdfMs)), p95: p95(bare.map((r) => r.pdfMs)) },
        {
          case: 'bare: total',
          p50: p50(bare.map((r) => r.total)),
          p95: p95(bare.map((r) => r.total)),
          pages: [...new Set(bare.map((r) => r.pdfPages))].join('/'),
          kB: round(bare[0].bytes / 1024, 0),
        },
        {
          case: 'ratio app/bare, total p50',
          p50: round(
            percentile(
              app.map((r) => r.total),
              50,
            ) /
              percentile(
                bare.map((r) => r.total),
                50,
              ),
            2,
          ),
        },
        {
          case: 'ratio app/bare, page.pdf() p50',
          p50: round(
            percentile(
              app.map((r) => r.pdfMs),
              50,
            ) /
              percentile(
                bare.map((r) => r.pdfMs),
                50,
              ),
            2,
          ),
        },
      ],
      notes: [
        `${RUNS} runs each, alternating app and bare, each on a fresh page after one warm-up of each.`,
        `Page count over ${RUNS} app runs: ${appPages.size === 1 ? `stable at ${[...appPages][0]}` : `UNSTABLE (${[...appPages].join(', ')})`}; layout report and PDF agree: ${app.every((r) => r.pages === r.pdfPages)}.`,
        'The bare page sets 27 characters a line (16pt, no tracking) and has no title, headings, sign-off or page numbers; the app sets 28 on the GB/T 9704 grid, so page counts differ.',
      ],
    };
  } finally {
    await browser.close();
  }
}
