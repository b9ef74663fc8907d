import { useEffect } from 'react';
import { COMMAND_IDS, type CommandId } from '../../shared/commands/commandList';
import { call, inDesktopShell, onPush } from '../api/client';
import { useCommands } from './CommandsContext';

/** Inside Electron the application menu is the window's own; the in-page menu bar is for the browser. */
export const hasNativeMenu = inDesktopShell;

/**
 * Runs what was chosen in the application menu through the same registry as buttons and shortcuts,
 * and greys out the menu items the window cannot run right now, as the in-page menu does.
 */
export function NativeMenuListener() {
  const registry = useCommands();
  useEffect(() => onPush('command', (id) => registry.run(id)), [registry]);
  const unavailable = COMMAND_IDS.filter((id) => !registry.isAvailable(id)).join(' ');
  useEffect(() => {
    if (hasNativeMenu) void call('shell.commandStates', { unavailable: unavailable ? (unavailable.split(' ') as CommandId[]) : [] }).catch(() => undefined);
  }, [unavailable]);
  return null;
}
