import { useState } from 'react';
import { COMMANDS, MENU_ORDER, type MenuName } from '../../shared/commands/commandList';
import { describeShortcut } from '../../shared/commands/shortcut';
import { useCommands } from '../commands/CommandsContext';

/** The in-window menu, built from the same command list as the toolbar and the shortcuts. */
export function MenuBar() {
  const registry = useCommands();
  const [open, setOpen] = useState<MenuName | undefined>();
  return (
    <nav className="menubar" aria-label="菜单">
      {MENU_ORDER.map((menu) => (
        <div key={menu} className="menubar__menu" onMouseLeave={() => setOpen(undefined)}>
          <button type="button" aria-haspopup="menu" aria-expanded={open === menu} onClick={() => setOpen(open === menu ? undefined : menu)}>
            {menu}
          </button>
          {open === menu && (
            <ul role="menu" aria-label={menu} className="menubar__items">
              {COMMANDS.filter((command) => command.menu === menu).map((command) => (
                <li key={command.id} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    disabled={!registry.isAvailable(command.id)}
                    title={registry.unavailableReason(command.id)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setOpen(undefined);
                      registry.run(command.id);
                    }}
                  >
                    <span>{command.label}</span>
                    {command.shortcut && <kbd>{describeShortcut(command.shortcut)}</kbd>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </nav>
  );
}
