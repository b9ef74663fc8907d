import { describe, expect, it } from 'vitest';
import { COMMANDS, MENU_ORDER, type CommandDescriptor, type CommandId } from '../../shared/commands/commandList';
import { applicationMenu, menuItemStates, type MenuItemSpec } from './applicationMenu';

const commandItems = (menu: MenuItemSpec) => (menu.submenu ?? []).filter((item) => item.click);
const byMenu = MENU_ORDER.flatMap((menu) => COMMANDS.filter((command) => command.menu === menu));

describe('the application menu', () => {
  it('has the Chinese menus in order, each with its commands from the one list', () => {
    const menu = applicationMenu(() => {});
    expect(menu.map((item) => item.label)).toEqual(['文件(&F)', '编辑(&E)', '格式(&O)', '视图(&V)', '帮助(&H)']);
    const listed = menu.flatMap(commandItems).map((item) => item.label);
    expect(listed).toEqual(byMenu.map((command) => command.label));
  });

  it('shows each shortcut and leaves the key itself to the window', () => {
    const save = applicationMenu(() => {})
      .flatMap(commandItems)
      .find((item) => item.label === '保存版本');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
  });

  it('sends the command id when an item is clicked', () => {
    const sent: CommandId[] = [];
    const menu = applicationMenu((id) => sent.push(id));
    menu.flatMap(commandItems).forEach((item) => item.click?.());
    expect(sent).toEqual(byMenu.map((command) => command.id));
  });

  it('adds clipboard and quit items in Chinese and drops menus with no commands', () => {
    const only: CommandDescriptor[] = [{ id: 'edit.find', label: '查找', menu: '编辑', shortcut: 'CmdOrCtrl+F' }];
    const menu = applicationMenu(() => {}, only);
    expect(menu).toHaveLength(1);
    expect(menu[0].submenu?.map((item) => item.label ?? item.type)).toEqual(['查找', 'separator', '剪切', '复制', '粘贴', '全选']);
  });

  it('names each item by its command, and greys out what the window cannot run now', () => {
    const items = applicationMenu(() => {}).flatMap(commandItems);
    expect(items.map((item) => item.id)).toEqual(byMenu.map((command) => command.id));
    const states = menuItemStates(['file.printPreview', 'edit.find']);
    expect(states.filter((state) => !state.enabled).map((state) => state.id)).toEqual(
      COMMANDS.map((c) => c.id).filter((id) => id === 'file.printPreview' || id === 'edit.find'),
    );
    expect(states).toHaveLength(COMMANDS.length);
  });
});
