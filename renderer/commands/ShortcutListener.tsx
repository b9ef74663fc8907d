import { useEffect } from 'react';
import { COMMANDS } from '../../shared/commands/commandList';
import { matchesShortcut } from '../../shared/commands/shortcut';
import { useCommands } from './CommandsContext';

const isMac = /Mac/.test(navigator.platform);

/** Turns key presses into commands from the one command list. */
export function ShortcutListener() {
  const registry = useCommands();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The editor handles its own undo, redo and bold; a key it took is not run twice.
      if (event.defaultPrevented || event.isComposing) return;
      const command = COMMANDS.find((candidate) => candidate.shortcut && matchesShortcut(candidate.shortcut, event, isMac));
      if (command && registry.run(command.id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);
  return null;
}
