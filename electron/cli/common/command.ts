import type { LayoutReport } from '../../../shared/print/layoutTypes';
import type { PrintRender } from '../../../shared/print/renderPrint';
import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where a long command says how far it has got: the terminal's standard error, left out when it is not a terminal. */
  progress?: (line: string) => void;
  /** Resolves when the user asks a long-running command (serve) to stop. */
  stopSignal: Promise<void>;
  /** All of standard input (a password given with --password-stdin); process.stdin when absent. */
  readStdin?: () => Promise<string>;
  /** How the user started the program, for help and messages: `dafu`, or the packaged app's executable. */
  program?: string;
  /** Lays out and prints a letter to PDF; the packaged app brings its own printToPDF, `dafu` drives a local Chromium. */
  pdfPrinter?: PdfPrinter;
}

export type PdfPrinter = (render: PrintRender) => Promise<{ pdf: Uint8Array; report: LayoutReport }>;

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
  /** Steps named by the first argument (`dafu keys certify`), each with its own usage for `--help`. */
  subcommands?: Record<string, { usage: string; summary: string }>;
  /** Hands every argument after the command name, unparsed (help included), to `run` as positionals. */
  passThrough?: boolean;
  run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** A mistake in how the command was called: reported as one line, exit 2, nothing written. */
export class UsageError extends Error {}
