import type { CallInput, CallOutput } from '../../shared/api/contract';
import { exportFileName } from '../../shared/export/letterText';
import type { LayoutReport } from '../../shared/print/layoutTypes';
import { layoutOptions, type PrintRender } from '../../shared/print/renderPrint';
import { saveDialogFor, type SaveDialogSpec } from './saveDialog';

type PrintJob = CallInput<'shell.print'>;

export interface DesktopPrintDeps {
  render: (job: PrintJob) => Promise<CallOutput<'print.render'>>;
  /** The native save dialog; undefined when the clerk cancels. */
  choosePath: (spec: SaveDialogSpec) => Promise<string | undefined>;
  documentsDir: () => string;
  printToPdf: (render: PrintRender) => Promise<{ pdf: Uint8Array; report: LayoutReport }>;
  /** The system print dialog; false when the clerk cancels it. */
  printWithDialog: (render: PrintRender) => Promise<boolean>;
  writeFile: (path: string, data: Uint8Array) => void;
}

async function laidOut(job: PrintJob, deps: DesktopPrintDeps): Promise<PrintRender & { title: string }> {
  const rendered = await deps.render(job);
  return { ...rendered, layout: layoutOptions(rendered.settings) };
}

/** 导出 PDF in the desktop app: the save dialog first (nothing is laid out for a cancelled export), then printToPDF. */
export async function exportPdf(job: PrintJob, deps: DesktopPrintDeps): Promise<CallOutput<'shell.exportPdf'>> {
  const render = await laidOut(job, deps);
  const path = await deps.choosePath(saveDialogFor(exportFileName(render.title, 'pdf'), deps.documentsDir()));
  if (!path) return { outcome: 'cancelled' };
  const { pdf, report } = await deps.printToPdf(render);
  deps.writeFile(path, pdf);
  return { outcome: 'saved', path, pages: report.pages };
}

export async function printLetter(job: PrintJob, deps: DesktopPrintDeps): Promise<CallOutput<'shell.print'>> {
  return { outcome: (await deps.printWithDialog(await laidOut(job, deps))) ? 'printed' : 'cancelled' };
}
