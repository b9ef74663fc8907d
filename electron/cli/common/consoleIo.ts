import type { CliIo } from './command';

/** The terminal the CLI was started from, whether by `dafu` under Node or by the packaged app. */
export function consoleIo(program = 'dafu'): CliIo {
  return {
    program,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: process.stderr.isTTY ? (line) => process.stderr.write(`${line}\n`) : undefined,
    stopSignal: new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    }),
  };
}
