import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../shared/api/contract';
import type { PrintRender } from '../../shared/print/renderPrint';
import { DEFAULT_PRINT_SETTINGS } from '../../shared/print/settings';
import { exportPdf, printLetter, type DesktopPrintDeps } from './pdfExport';
import { layoutReport } from '../../shared/print/fixtures/layoutReport';
import type { SaveDialogSpec } from './saveDialog';

const JOB = { draftId: '7d1f2b7e-3c1a-4d2e-9f00-000000000001', settings: { ...DEFAULT_PRINT_SETTINGS, format: 'letter' as const } };
const REPORT = layoutReport({ pages: 3 });

function fakeDesktop(choice: string | undefined, printed = true) {
  const written: [string, Uint8Array][] = [];
  const dialogs: SaveDialogSpec[] = [];
  const laidOut: PrintRender[] = [];
  const deps: DesktopPrintDeps = {
    render: async (job): Promise<CallOutput<'print.render'>> => ({
      title: '关于《加快新能源汽车产业发展》提案的答复',
      css: '',
      bodyHtml: '<p>正文</p>',
      unfilled: [],
      settings: job.settings,
    }),
    choosePath: async (spec) => (dialogs.push(spec), choice),
    documentsDir: () => '/home/clerk/文档',
    printToPdf: async (render) => (laidOut.push(render), { pdf: new Uint8Array([37, 80, 68, 70]), report: REPORT }),
    printWithDialog: async (render) => (laidOut.push(render), printed),
    writeFile: (path, data) => void written.push([path, data]),
  };
  return { deps, written, dialogs, laidOut };
}

describe('printing and PDF export in the desktop app', () => {
  it('offers the letter title as the file name in the Documents folder, then writes the printed PDF there', async () => {
    const desk = fakeDesktop('/home/clerk/文档/答复.pdf');
    await expect(exportPdf(JOB, desk.deps)).resolves.toEqual({ outcome: 'saved', path: '/home/clerk/文档/答复.pdf', pages: 3 });
    expect(desk.dialogs[0]).toMatchObject({
      defaultPath: '/home/clerk/文档/关于《加快新能源汽车产业发展》提案的答复.pdf',
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }, expect.anything()],
    });
    expect(desk.laidOut[0]!.layout).toMatchObject({ format: 'letter', lines: 22 });
    expect(desk.written).toEqual([['/home/clerk/文档/答复.pdf', new Uint8Array([37, 80, 68, 70])]]);
  });

  it('lays nothing out and writes nothing when the save dialog is cancelled', async () => {
    const desk = fakeDesktop(undefined);
    await expect(exportPdf(JOB, desk.deps)).resolves.toEqual({ outcome: 'cancelled' });
    expect(desk.laidOut).toEqual([]);
    expect(desk.written).toEqual([]);
  });

  it('prints through the system dialog with the layout of the chosen settings, and reports a cancelled dialog', async () => {
    const printed = fakeDesktop(undefined, true);
    await expect(printLetter(JOB, printed.deps)).resolves.toEqual({ outcome: 'printed' });
    expect(printed.laidOut[0]!.layout.format).toBe('letter');
    await expect(printLetter(JOB, fakeDesktop(undefined, false).deps)).resolves.toEqual({ outcome: 'cancelled' });
  });
});
