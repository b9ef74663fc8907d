import { COMMANDS, MENU_ORDER, type CommandDescriptor, type CommandId, type MenuName } from '../../shared/commands/commandList';

/** The part of Electron's MenuItemConstructorOptions the application menu uses. */
export interface MenuItemSpec {
  /** The command id, so the shell can grey the item out when the window cannot run it now. */
  id?: string;
  label?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  role?: 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll';
  type?: 'separator';
  click?: () => void;
  submenu?: MenuItemSpec[];
}

const TITLES: Record<MenuName, string> = { 文件: '文件(&F)', 编辑: '编辑(&E)', 格式: '格式(&O)', 视图: '视图(&V)', 帮助: '帮助(&H)' };

/** Items the system provides, in Chinese: clipboard and quitting. */
const SYSTEM_ITEMS: Partial<Record<MenuName, MenuItemSpec[]>> = {
  文件: [{ type: 'separator' }, { role: 'quit', label: '退出' }],
  编辑: [
    { type: 'separator' },
    { role: 'cut', label: '剪切' },
    { role: 'copy', label: '复制' },
    { role: 'paste', label: '粘贴' },
    { role: 'selectAll', label: '全选' },
  ],
};

/**
 * The Chinese application menu, from the one command list. A click sends the command id to the
 * window, whose command registry runs it. Shortcuts stay with the window's own key handler (the same
 * one the browser build uses), so the menu shows them without registering them a second time.
 */
export function applicationMenu(
  send: (id: CommandId) => void,
  commands: readonly CommandDescriptor[] = COMMANDS,
  order: readonly MenuName[] = MENU_ORDER,
): MenuItemSpec[] {
  return order
    .map((menu) => {
      const items: MenuItemSpec[] = commands
        .filter((command) => command.menu === menu)
        .map((command) => ({
          id: command.id,
          label: command.label,
          ...(command.shortcut ? { accelerator: command.shortcut, registerAccelerator: false } : {}),
          click: () => send(command.id),
        }));
      return { label: TITLES[menu], submenu: items.length > 0 ? [...items, ...(SYSTEM_ITEMS[menu] ?? [])] : [] };
    })
    .filter((menu) => menu.submenu.length > 0);
}

/** Which menu items to enable: every command the window can run right now. */
export function menuItemStates(unavailable: readonly CommandId[], commands: readonly CommandDescriptor[] = COMMANDS): { id: CommandId; enabled: boolean }[] {
  const off = new Set(unavailable);
  return commands.map((command) => ({ id: command.id, enabled: !off.has(command.id) }));
}
