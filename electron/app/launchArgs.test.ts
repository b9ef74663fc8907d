import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../cli/run';
import { handleSecondLaunch, readLaunch, userArgs } from './launchArgs';

const names = COMMANDS.map((command) => command.name);

describe('reading the packaged executable’s command line', () => {
  it('runs every dafu subcommand through the one dispatcher', () => {
    for (const name of names) {
      expect(readLaunch(userArgs(['C:\\答复函起草助手\\答复函起草助手.exe', name, '--db', 'x.sqlite3'], false), names)).toEqual({
        kind: 'cli',
        args: [name, '--db', 'x.sqlite3'],
      });
    }
    expect(readLaunch(['--help'], names)).toEqual({ kind: 'cli', args: ['--help'] });
  });

  it('skips the app folder when started as `electron .` in development', () => {
    expect(userArgs(['/usr/bin/electron', '.', 'templates', '--json'], true)).toEqual(['templates', '--json']);
    expect(readLaunch(userArgs(['/usr/bin/electron', '.', 'templates'], true), names)).toEqual({ kind: 'cli', args: ['templates'] });
  });

  it('opens the window, with the .dafu file it was given', () => {
    expect(readLaunch([], names)).toEqual({ kind: 'window', file: undefined });
    expect(readLaunch(['--allow-file-access-from-files', 'D:\\收文\\关于加强食品安全的答复.DAFU'], names)).toEqual({
      kind: 'window',
      file: 'D:\\收文\\关于加强食品安全的答复.DAFU',
    });
    expect(readLaunch(['notes.txt'], names)).toEqual({ kind: 'window', file: undefined });
  });

  it('does not take a file or a switch for a subcommand', () => {
    expect(readLaunch(['check.dafu'], [...names, 'check'])).toEqual({ kind: 'window', file: 'check.dafu' });
    expect(readLaunch(['--serve'], names).kind).toBe('window');
  });
});

describe('a second start while the app runs', () => {
  it('focuses the window and opens the file it was given, relative to where it was started', () => {
    const events: string[] = [];
    const deps = { defaultApp: false, commandNames: names, focus: () => events.push('focus'), open: (file: string) => events.push(`open ${file}`) };
    handleSecondLaunch(['/opt/答复函起草助手/dafu', '--no-sandbox', '收文/答复.dafu'], '/home/clerk', deps);
    handleSecondLaunch(['/opt/答复函起草助手/dafu'], '/home/clerk', deps);
    expect(events).toEqual(['focus', 'open /home/clerk/收文/答复.dafu', 'focus']);
  });
});
