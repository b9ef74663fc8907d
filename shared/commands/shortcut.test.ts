import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commandList';
import { describeShortcut, matchesShortcut } from './shortcut';

const press = (key: string, mods: Partial<{ ctrl: boolean; alt: boolean; shift: boolean; meta: boolean }> = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  metaKey: mods.meta ?? false,
});

describe('shortcuts', () => {
  it('match Ctrl on Windows and Linux, Cmd on a Mac', () => {
    expect(matchesShortcut('CmdOrCtrl+S', press('s', { ctrl: true }))).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+S', press('S', { ctrl: true }))).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+S', press('s', { meta: true }), true)).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+S', press('s'))).toBe(false);
  });

  it('tell modifiers apart', () => {
    expect(matchesShortcut('CmdOrCtrl+Alt+1', press('1', { ctrl: true, alt: true }))).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+Alt+1', press('1', { ctrl: true }))).toBe(false);
    expect(matchesShortcut('CmdOrCtrl+H', press('h', { ctrl: true, shift: true }))).toBe(false);
  });

  it('read the zoom keys whether or not Shift is needed for =', () => {
    expect(matchesShortcut('CmdOrCtrl+=', press('=', { ctrl: true }))).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+-', press('-', { ctrl: true }))).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+0', press('0', { ctrl: true }))).toBe(true);
    expect(matchesShortcut('F2', press('F2'))).toBe(true);
  });

  it('are never given to two commands', () => {
    const shortcuts = COMMANDS.flatMap((command) => (command.shortcut ? [command.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(describeShortcut('CmdOrCtrl+Alt+1')).toBe('Ctrl+Alt+1');
  });
});
