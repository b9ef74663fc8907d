import { COMMANDS } from '../../shared/commands/commandList';
import { describeShortcut } from '../../shared/commands/shortcut';
import { useCommands } from '../commands/CommandsContext';

export function Toolbar() {
  const registry = useCommands();
  return (
    <div role="toolbar" aria-label="常用操作" className="toolbar">
      {COMMANDS.filter((command) => command.toolbar).map((command) => (
        <button
          key={command.id}
          type="button"
          disabled={!registry.isAvailable(command.id)}
          title={command.shortcut ? `${command.label}（${describeShortcut(command.shortcut)}）` : command.label}
          aria-label={command.label}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => registry.run(command.id)}
        >
          {command.toolbar}
        </button>
      ))}
    </div>
  );
}
