import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { writeFileSync } from 'node:fs';
import type { Handlers } from '../../shared/api/contract';
import type { ShellCallName } from '../../shared/api/shellCalls';
import { menuItemStates } from '../shellLogic/applicationMenu';
import { readDefaultPaper } from '../shellLogic/defaultPaper';
import { exportPdf, printLetter, type DesktopPrintDeps } from '../shellLogic/pdfExport';
import { runProgram } from '../shellLogic/runProgram';
import { printToPdf, printWithDialog } from './printPages';

/** The shell calls answered by Electron itself: the system print dialog, printToPDF, the menu's states. */
export function desktopShell(window: () => BrowserWindow | undefined) {
  return (services: Handlers): Pick<Handlers, ShellCallName> => {
    const deps: DesktopPrintDeps = {
      render: async (job) => services['print.render'](job),
      choosePath: async (spec) => {
        const owner = window();
        const chosen = owner ? await dialog.showSaveDialog(owner, spec) : await dialog.showSaveDialog(spec);
        return chosen.canceled ? undefined : chosen.filePath;
      },
      documentsDir: () => app.getPath('documents'),
      printToPdf,
      printWithDialog,
      writeFile: (path, data) => writeFileSync(path, data),
    };
    return {
      'shell.print': (job) => printLetter(job, deps),
      'shell.exportPdf': (job) => exportPdf(job, deps),
      'shell.paper': () => readDefaultPaper(process.platform, runProgram),
      'shell.commandStates': ({ unavailable }) => {
        const menu = Menu.getApplicationMenu();
        for (const { id, enabled } of menuItemStates(unavailable)) {
          const item = menu?.getMenuItemById(id);
          if (item) item.enabled = enabled;
        }
        return {};
      },
    };
  };
}
