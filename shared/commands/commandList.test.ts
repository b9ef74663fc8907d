import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS, TOOLBAR_GROUPS, commandById } from './commandList';

const duplicates = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

// COMMAND_IDS types every command id (the registry, the menu-greying call, pushed menu choices);
// COMMANDS describes each command once. The type only stops COMMANDS from naming an undeclared id.
describe('the command ids and the command list', () => {
  it('declare no id twice', () => {
    expect(duplicates(COMMAND_IDS)).toEqual([]);
    expect(duplicates(COMMANDS.map((command) => command.id))).toEqual([]);
  });

  it('describe every declared id', () => {
    const described = new Set(COMMANDS.map((command) => command.id));
    expect(COMMAND_IDS.filter((id) => !described.has(id))).toEqual([]);
    for (const id of COMMAND_IDS) expect(commandById(id).id).toBe(id);
  });

  it('declare every described id', () => {
    const declared = new Set<string>(COMMAND_IDS);
    expect(COMMANDS.map((command) => command.id).filter((id) => !declared.has(id))).toEqual([]);
  });

  it('give no two commands the same key', () => {
    expect(duplicates(COMMANDS.flatMap((command) => (command.shortcut ? [command.shortcut] : [])))).toEqual([]);
  });

  it('put something in every toolbar group, and nothing outside them', () => {
    for (const group of TOOLBAR_GROUPS) expect(COMMANDS.some((command) => command.toolbar?.group === group)).toBe(true);
    expect(COMMANDS.filter((command) => command.toolbar && !TOOLBAR_GROUPS.includes(command.toolbar.group))).toEqual([]);
  });
});
