import { ipcMain } from 'electron';
import { IPC_CALL_CHANNEL } from '../app/ipcChannel';
import type { Dispatch } from '../app/dispatch';
import { isTrustedSender } from '../shellLogic/securityPolicy';

/** One channel carries every contract call; the sender frame is checked before dispatch. */
export function bindIpc(dispatch: Dispatch): void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'forbidden', message: '拒绝来自外部页面的请求。' } };
    }
    return dispatch(name, input);
  });
}
