import { resolve } from 'node:path';

/**
 * What the packaged executable was asked to do, read from its command line: run one of the `dafu`
 * subcommands (`答复函起草助手.exe check`) or open the window, possibly with a .dafu file to open.
 */
export type Launch = { kind: 'cli'; args: string[] } | { kind: 'window'; file: string | undefined };

const HELP_WORDS = new Set(['help', '--help', '-h']);

/**
 * The user's own arguments. A packaged app gets [exe, ...args]; `electron .` in development gets
 * [electron, appDir, ...args] and sets process.defaultApp.
 */
export function userArgs(argv: readonly string[], defaultApp: boolean): string[] {
  return argv.slice(defaultApp ? 2 : 1);
}

/** Chromium adds switches of its own (--allow-file-access-from-files, --original-process-start-time…). */
const isSwitch = (arg: string) => arg.startsWith('-');

export function readLaunch(args: readonly string[], commandNames: readonly string[]): Launch {
  const [first] = args;
  if (first !== undefined && (commandNames.includes(first) || HELP_WORDS.has(first))) return { kind: 'cli', args: [...args] };
  return { kind: 'window', file: args.find((arg) => !isSwitch(arg) && /\.dafu$/i.test(arg)) };
}

export interface SecondLaunchDeps {
  defaultApp: boolean;
  commandNames: readonly string[];
  focus: () => void;
  open: (file: string) => void;
}

/** Another start while the app runs (double-clicking a .dafu file): bring the window up, open the file. */
export function handleSecondLaunch(argv: readonly string[], workingDirectory: string, deps: SecondLaunchDeps): void {
  const launch = readLaunch(userArgs(argv, deps.defaultApp), deps.commandNames);
  deps.focus();
  if (launch.kind === 'window' && launch.file) deps.open(resolve(workingDirectory, launch.file));
}
