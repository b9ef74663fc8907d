import { app, type BrowserWindow } from 'electron';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleIo } from './cli/common/consoleIo';
import { COMMANDS, runCli } from './cli/run';
import { handleSecondLaunch, readLaunch, userArgs } from './app/launchArgs';
import { resolveDatabasePath, rendererDir, userDataDir } from './app/paths';
import { startServices } from './app/services';
import { registerAppScheme, serveRenderer } from './shell/appProtocol';
import { bindIpc } from './shell/bindIpc';
import { failStartup, startCrashReporting } from './shell/crashReporting';
import { useNativeSaveDialogs } from './shell/downloads';
import { installApplicationMenu } from './shell/menu';
import { bindOpenedFiles } from './shell/openedFiles';
import { desktopShell } from './shell/desktopShell';
import { printToPdf } from './shell/printPages';
import { bringToFront, createMainWindow, hardenSession, preloadPath } from './shell/window';
import { windowStateFile } from './shell/windowState';

const defaultApp = Boolean(process.defaultApp);
const commandNames = COMMANDS.map((command) => command.name);

app.setPath('userData', userDataDir());
registerAppScheme();

/**
 * `答复函起草助手.exe check …`: the same dispatcher as `dafu`, no window, the exit code passed on;
 * `pdf` prints with the app's own printToPDF in a hidden window instead of a separate Chromium.
 */
function runSubcommand(args: string[]): void {
  app.disableHardwareAcceleration();
  // The hidden print window closing must not end the app before the PDF is written.
  app.on('window-all-closed', () => {});
  const program = basename(process.execPath, extname(process.execPath));
  const pdfPrinter = async (render: Parameters<typeof printToPdf>[0]) => {
    await app.whenReady();
    return printToPdf(render);
  };
  void runCli(args, { ...consoleIo(defaultApp ? 'dafu' : program), pdfPrinter }).then((code) => app.exit(code));
}

function runWindow(initialFile: string | undefined): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const crash = startCrashReporting(app.getPath('userData'));
  let mainWindow: BrowserWindow | undefined;
  const opened = bindOpenedFiles(() => mainWindow);
  app.on('second-instance', (_event, argv, workingDirectory) =>
    handleSecondLaunch(argv, workingDirectory, { defaultApp, commandNames, focus: () => mainWindow && bringToFront(mainWindow), open: opened.add }),
  );

  app.whenReady().then(() => {
    try {
      const services = startServices(resolveDatabasePath(undefined), { scheduledBackups: true, shell: desktopShell(() => mainWindow) });
      app.on('will-quit', services.close);
      hardenSession();
      useNativeSaveDialogs();
      serveRenderer(rendererDir());
      bindIpc(services.dispatch);
      const memory = windowStateFile(app.getPath('userData'));
      mainWindow = createMainWindow(preloadPath(dirname(fileURLToPath(import.meta.url))), memory.placement());
      memory.remember(mainWindow);
      installApplicationMenu(mainWindow);
      if (initialFile) opened.add(resolve(initialFile));
    } catch (error) {
      failStartup(error, crash);
    }
  });
  app.on('window-all-closed', () => app.quit());
}

const launch = readLaunch(userArgs(process.argv, defaultApp), commandNames);
if (launch.kind === 'cli') runSubcommand(launch.args);
else runWindow(launch.file);
