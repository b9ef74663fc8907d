import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userDataDir } from '../../app/paths';

/** Where the CLI keeps what went wrong inside it, beside the app's own logs/main.log. */
export const cliLogFile = () => join(userDataDir(), 'logs', 'cli.log');

/**
 * Keeps an unexpected error's stack for whoever fixes it; the terminal gets one plain line instead.
 * Never throws: a log that cannot be written must not hide the clerk's message.
 */
export function writeCliLog(error: unknown, file = cliLogFile()): void {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    appendFileSync(file, `${new Date().toISOString()} ${detail}\n`, { mode: 0o600 });
  } catch {
    // nowhere to keep it; the one-line message still goes out
  }
}
