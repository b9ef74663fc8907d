import type { Browser } from 'playwright-core';
import type { LayoutReport } from '../../shared/print/layoutTypes';
import { printDocumentHtml, type PrintRender } from '../../shared/print/renderPrint';
import { layoutExpression } from './layoutScript';
import { PLAYWRIGHT_PDF_OPTIONS } from './pdfOptions';
import { printPagePolicy } from './printPagePolicy';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright takes a third of a second to load: it is loaded for the first PDF, not at start. */
export async function launchPrintBrowser(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface RenderedPdf {
  pdf: Buffer;
  report: LayoutReport;
}

/**
 * Lays the letter out in Chromium (the same function the preview runs) and prints the pages. The
 * page runs no script of its own (printPagePolicy) and every request it makes is aborted: the
 * letter is all it has.
 */
export async function renderPdf(browser: Browser, render: PrintRender): Promise<RenderedPdf> {
  const page = await browser.newPage();
  try {
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(printDocumentHtml(render, printPagePolicy(render.css)), { waitUntil: 'load' });
    const report = (await page.evaluate(layoutExpression(render.layout))) as LayoutReport;
    const pdf = await page.pdf(PLAYWRIGHT_PDF_OPTIONS);
    return { pdf, report };
  } finally {
    await page.close();
  }
}
