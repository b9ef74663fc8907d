import { app, type BrowserWindow } from 'electron';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleIo } from './cli/consoleIo';
import { COMMANDS, runCli } from './cli/run';
import { handleSecondLaunch, readLaunch, userArgs } from './core/launchArgs';
import { resolveDatabasePath, rendererDir, userDataDir } from './core/paths';
import { startServices } from './core/services';
import { registerAppScheme, serveRenderer } from './shell/appProtocol';
import { bindIpc } from './shell/bindIpc';
import { failStartup, startCrashReporting } from './shell/crashReporting';
import { useNativeSaveDialogs } from './shell/downloads';
import { installApplicationMenu } from './shell/menu';
import { bindOpenedFiles } from './shell/openedFiles';
import { bringToFront, createMainWindow, hardenSession, preloadPath } from './shell/window';
import { windowMemory } from './shell/windowMemory';

const defaultApp = Boolean(process.defaultApp);
const commandNames = COMMANDS.map((command) => command.name);

app.setPath('userData', userDataDir());
registerAppScheme();

/** `答复函起草助手.exe check …`: the same dispatcher as `dafu`, no window, the exit code passed on. */
function runSubcommand(args: string[]): void {
  app.disableHardwareAcceleration();
  void runCli(args, consoleIo()).then((code) => app.exit(code));
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
      const services = startServices(resolveDatabasePath(undefined), { scheduledBackups: true });
      app.on('will-quit', services.close);
      hardenSession();
      useNativeSaveDialogs();
      serveRenderer(rendererDir());
      bindIpc(services.dispatch);
      const memory = windowMemory(app.getPath('userData'));
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
