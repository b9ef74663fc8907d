import { app, dialog } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';
import { reportMainError, reportPageGone, reportStartupFailure, type CrashDeps } from '../shellLogic/crashNotice';

/** Main-process errors go to userData/logs/main.log through electron-log and are shown, never swallowed. */
export function startCrashReporting(userData: string): CrashDeps {
  const logFile = join(userData, 'logs', 'main.log');
  log.transports.file.resolvePathFn = () => logFile;
  const deps: CrashDeps = {
    logFile,
    logError: (...parts) => log.error(...parts),
    showError: ({ title, message }) => dialog.showErrorBox(title, message),
  };
  log.errorHandler.startCatching({ showDialog: false, onError: ({ error, errorName }) => reportMainError(error, errorName, deps) });
  app.on('render-process-gone', (_event, contents, details) => {
    if (reportPageGone(details, deps) && !contents.isDestroyed()) contents.reload();
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') log.warn('[child-process-gone]', details);
  });
  return deps;
}

export function failStartup(error: unknown, deps: CrashDeps): void {
  reportStartupFailure(error, deps);
  app.exit(1);
}
