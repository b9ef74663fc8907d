import type { PrintSettings } from '../../../shared/print/settings';
import { call } from '../../api/client';
import { hasNativeMenu } from '../../commands/NativeMenu';

/**
 * Prints or saves the PDF the way this build can: the desktop app through the system print dialog
 * or printToPDF with a save dialog (A4, 100 %, set by the app); the browser through its own dialog
 * on the preview's pages. Gives a line to show when something was saved.
 */
export async function sendToPrinter(
  draftId: string,
  settings: PrintSettings,
  purpose: 'print' | 'pdf',
  previewPages: Window | null | undefined,
): Promise<string | undefined> {
  if (!hasNativeMenu) {
    previewPages?.print();
    return undefined;
  }
  if (purpose === 'print') {
    await call('shell.print', { draftId, settings });
    return undefined;
  }
  const saved = await call('shell.exportPdf', { draftId, settings });
  return saved.outcome === 'saved' ? `已导出 PDF（${saved.pages} 页）：${saved.path}` : undefined;
}
