import { app, session } from 'electron';
import { saveDialogFor } from '../shellLogic/saveDialog';

/** Files the page hands out (exports, PDF, packages) are saved through a Chinese native save dialog. */
export function useNativeSaveDialogs(): void {
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogFor(item.getFilename(), app.getPath('documents')));
  });
}
