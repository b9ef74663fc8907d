import { COMMANDS, TOOLBAR_GROUPS, type CommandDescriptor } from '../../shared/commands/commandList';
import { describeShortcut } from '../../shared/commands/shortcut';
import type { CommandRegistry } from '../commands/registry';
import { useCommands } from '../commands/CommandsContext';

function tooltip(command: CommandDescriptor, reason: string | undefined): string {
  const name = command.shortcut ? `${command.label}（${describeShortcut(command.shortcut)}）` : command.label;
  return reason ? `${name}：${reason}` : name;
}

/**
 * A greyed button stays focusable (aria-disabled rather than disabled), so its tooltip, which says why
 * it is greyed, shows on hover and is read out on focus.
 */
function CommandButton({ command, registry }: { command: CommandDescriptor; registry: CommandRegistry }) {
  const reason = registry.unavailableReason(command.id);
  return (
    <button
      type="button"
      aria-disabled={reason !== undefined}
      title={tooltip(command, reason)}
      aria-label={command.label}
      aria-description={reason}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => registry.run(command.id)}
    >
      {command.toolbar?.text}
    </button>
  );
}

/** The toolbar, in WPS's groups; every button is a command of the one command list. */
export function Toolbar() {
  const registry = useCommands();
  return (
    <div role="toolbar" aria-label="常用操作" className="toolbar">
      {TOOLBAR_GROUPS.map((group) => (
        <div key={group} role="group" aria-label={group} className="toolbar__group">
          <span className="toolbar__caption" aria-hidden="true">
            {group}
          </span>
          {COMMANDS.filter((command) => command.toolbar?.group === group).map((command) => (
            <CommandButton key={command.id} command={command} registry={registry} />
          ))}
        </div>
      ))}
    </div>
  );
}
