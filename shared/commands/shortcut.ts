/** The parts of a keyboard event a shortcut is matched against (a DOM KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press matches an Electron-style accelerator such as 'CmdOrCtrl+Alt+1'. */
export function matchesShortcut(shortcut: string, press: KeyPress, isMac = false): boolean {
  const parts = shortcut.split('+');
  // 'CmdOrCtrl+=' splits into ['CmdOrCtrl', ''] and 'CmdOrCtrl+-' keeps '-' as its key.
  const key = parts.at(-1) === '' ? '+' : (parts.at(-1) as string);
  const modifiers = new Set(parts.slice(0, -1).map((part) => part.toLowerCase()));
  const wantsPrimary = modifiers.has('cmdorctrl');
  const primary = isMac ? press.metaKey : press.ctrlKey;
  if (wantsPrimary !== primary) return false;
  if (modifiers.has('alt') !== press.altKey) return false;
  if (modifiers.has('shift') !== press.shiftKey) return false;
  return normaliseKey(press.key) === normaliseKey(key) || (key === '=' && press.key === '+');
}

function normaliseKey(key: string): string {
  if (key === 'Del') return 'delete';
  return key.length === 1 ? key.toLowerCase() : key.toLowerCase();
}

/** How a shortcut reads in the help list on this platform: 'Ctrl+Alt+1'. */
export function describeShortcut(shortcut: string, isMac = false): string {
  return shortcut.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl');
}
