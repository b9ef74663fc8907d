import { app, dialog } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDatabasePath, rendererDir, userDataDir } from './core/paths';
import { startServices } from './core/services';
import { registerAppScheme, serveRenderer } from './shell/appProtocol';
import { bindIpc } from './shell/bindIpc';
import { createMainWindow, hardenSession, preloadPath } from './shell/window';

app.setPath('userData', userDataDir());
registerAppScheme();

app.whenReady().then(() => {
  try {
    const services = startServices(resolveDatabasePath(undefined));
    app.on('will-quit', services.close);
    hardenSession();
    serveRenderer(rendererDir());
    bindIpc(services.dispatch);
    createMainWindow(preloadPath(dirname(fileURLToPath(import.meta.url))));
  } catch (error) {
    dialog.showErrorBox('答复函起草助手无法启动', error instanceof Error ? error.message : String(error));
    app.exit(1);
  }
});

app.on('window-all-closed', () => app.quit());
