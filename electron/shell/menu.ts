import { Menu, type BrowserWindow } from 'electron';
import { applicationMenu } from '../shellLogic/applicationMenu';
import { IPC_COMMAND_CHANNEL } from '../app/ipcChannel';

/** The Chinese application menu; a chosen item is run by the window's command registry. */
export function installApplicationMenu(window: BrowserWindow): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu((id) => window.webContents.send(IPC_COMMAND_CHANNEL, id))));
}
