import { Menu, type BrowserWindow } from 'electron';
import { applicationMenu } from '../shellLogic/applicationMenu';
import { push } from './pushEvents';

/** The Chinese application menu; a chosen item is run by the window's command registry. */
export function installApplicationMenu(window: BrowserWindow): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu((id) => push(window.webContents, 'command', id))));
}
