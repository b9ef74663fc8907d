import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the user asks a long-running command (serve) to stop. */
  stopSignal: Promise<void>;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec;
  /** Whether the command takes file names or ids after its options. */
  allowPositionals?: boolean;
  /** Help lines for each option, in the order shown. */
  optionHelp: [string, string][];
  run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** A mistake in how the command was called: reported as one line, exit 2, nothing written. */
export class UsageError extends Error {}
