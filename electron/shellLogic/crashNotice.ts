/** What the clerk is told when something goes wrong in the main process or the page. */
export interface Notice {
  title: string;
  message: string;
}

export interface CrashDeps {
  logError: (...parts: unknown[]) => void;
  showError: (notice: Notice) => void;
  logFile: string;
}

const TITLE = '答复函起草助手出错了';
const tellIt = (logFile: string) => `已保存的内容不会丢失。出错经过已记录在：\n${logFile}\n如果反复出现，请把这个文件发给信息科。`;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** An uncaught error or rejected promise in the main process: logged, then shown; the app keeps running. */
export function reportMainError(error: unknown, kind: string, deps: CrashDeps): void {
  deps.logError(`[${kind}]`, error);
  deps.showError({ title: TITLE, message: `程序内部出错：${describe(error)}\n\n${tellIt(deps.logFile)}` });
}

/** The app could not start at all: logged, shown, and then the app exits. */
export function reportStartupFailure(error: unknown, deps: CrashDeps): void {
  deps.logError('[startup]', error);
  deps.showError({ title: '答复函起草助手无法启动', message: `${describe(error)}\n\n${tellIt(deps.logFile)}` });
}

/**
 * The page (renderer) process went away. A clean exit needs no word; anything else is logged and
 * told, and the shell reloads the page.
 */
export function reportPageGone(details: { reason: string; exitCode: number }, deps: CrashDeps): boolean {
  if (details.reason === 'clean-exit') return false;
  deps.logError('[render-process-gone]', details);
  const why = details.reason === 'oom' ? '内存不足' : `原因：${details.reason}，代码 ${details.exitCode}`;
  deps.showError({ title: TITLE, message: `编辑页面意外关闭（${why}），将重新打开。\n\n${tellIt(deps.logFile)}` });
  return true;
}
