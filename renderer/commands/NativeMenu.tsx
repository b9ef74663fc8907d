import { useEffect } from 'react';
import { COMMAND_IDS, type CommandId } from '../../shared/commands/commandList';
import { useCommands } from './CommandsContext';

/** Inside Electron the application menu is the window's own; the in-page menu bar is for the browser. */
export const hasNativeMenu = typeof window !== 'undefined' && window.dafu !== undefined;

const isCommandId = (id: string): id is CommandId => (COMMAND_IDS as readonly string[]).includes(id);

/** Runs what was chosen in the application menu through the same registry as buttons and shortcuts. */
export function NativeMenuListener() {
  const registry = useCommands();
  useEffect(() => window.dafu?.onCommand((id) => isCommandId(id) && registry.run(id)), [registry]);
  return null;
}
