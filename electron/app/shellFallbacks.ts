import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ShellCallName } from '../../shared/api/shellCalls';
import { readDefaultPaper } from '../shellLogic/defaultPaper';
import { runProgram } from '../shellLogic/runProgram';

/**
 * Without the desktop shell (the loopback host in a browser, the CLI) there is no system print
 * dialog and no application menu: printing goes through the browser's own dialog from the preview.
 * The host runs on the clerk's own PC, so it can still tell the default printer's paper.
 */
export function shellFallbacks(): Pick<Handlers, ShellCallName> {
  const noDialog = () => {
    throw new ApiError('unavailable', '在浏览器中打开时不能直接调用系统打印，请在打印预览中点「打印…」，用浏览器的打印对话框。');
  };
  return {
    'shell.print': noDialog,
    'shell.exportPdf': noDialog,
    'shell.paper': () => readDefaultPaper(process.platform, runProgram),
    'shell.commandStates': () => ({}),
  };
}
