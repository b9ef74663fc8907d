import { BrowserWindow } from 'electron';
import { printDocumentHtml, type PrintRender } from '../../shared/print/renderPrint';
import type { LayoutReport } from '../../shared/print/layoutTypes';
import { WEB_PREFERENCES } from '../shellLogic/securityPolicy';
import { layoutExpression } from '../print/layoutScript';
import { ELECTRON_PRINT_OPTIONS, ELECTRON_PRINT_TO_PDF_OPTIONS, isCancellation } from '../print/pdfOptions';

/**
 * Native printing for the window: the letter is laid out in a hidden window by the same
 * layoutPages() the preview and the CLI run, then printed or turned into a PDF at A4, 100 %.
 * Not run here (no Electron binary on the build machines); the options are unit-tested.
 */
async function withLaidOutPages<T>(render: PrintRender, job: (window: BrowserWindow, report: LayoutReport) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({ show: false, webPreferences: { ...WEB_PREFERENCES } });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(printDocumentHtml(render))}`);
    const report = (await window.webContents.executeJavaScript(layoutExpression(render.layout))) as LayoutReport;
    return await job(window, report);
  } finally {
    window.destroy();
  }
}

export function printToPdf(render: PrintRender): Promise<{ pdf: Buffer; report: LayoutReport }> {
  return withLaidOutPages(render, async (window, report) => ({ pdf: await window.webContents.printToPDF(ELECTRON_PRINT_TO_PDF_OPTIONS), report }));
}

/** The system print dialog; copies, page range and 双面 are the clerk's choice there. False when cancelled. */
export function printWithDialog(render: PrintRender): Promise<boolean> {
  return withLaidOutPages(
    render,
    (window) =>
      new Promise<boolean>((resolve, reject) => {
        window.webContents.print(ELECTRON_PRINT_OPTIONS, (success, reason) => {
          if (success) resolve(true);
          else if (isCancellation(reason)) resolve(false);
          else reject(new Error(`打印没有完成：${reason}`));
        });
      }),
  );
}
