import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const dafu = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'electron', 'bin', 'dafu.js');

export interface Host {
  url: string;
  stop: () => Promise<void>;
}

export const freshDatabase = () => join(mkdtempSync(join(tmpdir(), 'dafu-e2e-')), 'dafu.sqlite3');

/** Starts `dafu serve` on a database file, the way a clerk's PC would, and returns the URL it prints. */
export function startHost(database: string): Promise<Host> {
  const child: ChildProcess = spawn(process.execPath, [dafu, 'serve', '--db', database, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (url) => resolve({ url, stop }));
    child.once('exit', (code) => reject(new Error(`dafu serve exited with ${code}`)));
  });
}
