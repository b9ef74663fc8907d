import { dialog, type BrowserWindow } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { createOpenedFiles } from '../shellLogic/openedFiles';
import { MAX_PACKAGE_BYTES } from '../services/packages/packageFile';
import { announceKeptPush, bindKeptPush } from './pushEvents';

/** Files given on the command line or by a second start, handed to the page when it asks. */
export function bindOpenedFiles(window: () => BrowserWindow | undefined) {
  const opened = createOpenedFiles({
    fileSize: (path) => statSync(path).size,
    readFile: (path) => readFileSync(path),
    notify: () => {
      const contents = window()?.webContents;
      if (contents) announceKeptPush(contents, 'openedFile');
    },
    showError: ({ title, message }) => dialog.showErrorBox(title, message),
    maxBytes: MAX_PACKAGE_BYTES,
  });
  bindKeptPush('openedFile', () => opened.take());
  return opened;
}
