import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { IPC_OPENED_FILES_CHANNEL } from '../app/ipcChannel';
import { createOpenedFiles } from '../shellLogic/openedFiles';
import { isTrustedSender } from '../shellLogic/securityPolicy';
import { MAX_PACKAGE_BYTES } from '../services/packages/packageFile';

/** Files given on the command line or by a second start, handed to the page when it asks. */
export function bindOpenedFiles(window: () => BrowserWindow | undefined) {
  const opened = createOpenedFiles({
    fileSize: (path) => statSync(path).size,
    readFile: (path) => readFileSync(path),
    notify: () => window()?.webContents.send(IPC_OPENED_FILES_CHANNEL),
    showError: ({ title, message }) => dialog.showErrorBox(title, message),
    maxBytes: MAX_PACKAGE_BYTES,
  });
  ipcMain.handle(IPC_OPENED_FILES_CHANNEL, (event) => (isTrustedSender(event.senderFrame?.url) ? opened.take() : []));
  return opened;
}
