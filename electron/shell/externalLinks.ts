import { shell } from 'electron';
import { mayOpenExternally } from '../shellLogic/securityPolicy';

/** The one place that hands a URL to the system browser, and only one on the allow-list. */
export function openAllowedExternally(url: string): void {
  if (mayOpenExternally(url)) void shell.openExternal(url);
}
