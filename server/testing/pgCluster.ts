import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real, throwaway PostgreSQL cluster for a test file: initdb in a temporary folder, started with
 * pg_ctl on a free loopback port, as an unprivileged user when the tests run as root (PostgreSQL
 * refuses root). `stop()` stops it with `immediate` and removes the folder; an exit hook does the
 * same if a test run dies before its afterAll.
 */
export interface PgCluster {
  /** Connection string of the cluster's `postgres` database as the superuser `dafu`. */
  url: string;
  port: number;
  dir: string;
  /** A connection string for a fresh, empty database in this cluster. */
  createDatabase(name: string): string;
  /** Kills PostgreSQL as a power cut would (immediate shutdown: no checkpoint) and starts it again. */
  crashAndRestart(): void;
  stop(): void;
}

const UNPRIVILEGED = 'nobody';
const SUPERUSER = 'dafu';

/** The binaries of the newest PostgreSQL Debian installed, or null when there is none. */
export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((entry) => existsSync(join(base, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the unprivileged user when we are root, else as ourselves. */
function runPg(bin: string, args: string[]): { ok: boolean; output: string } {
  const [command, fullArgs] = isRoot() ? ['runuser', ['-u', UNPRIVILEGED, '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', cwd: tmpdir(), timeout: 60_000 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = postgresBin();
  if (!bin)
    throw new Error('没有找到 PostgreSQL（/usr/lib/postgresql/*/bin）。请运行 node electron/tools/setup.mjs --for-tests，或 apt-get install postgresql。');
  const dir = mkdtempSync(join(tmpdir(), 'dafu-pg-'));
  if (isRoot()) chownSync(dir, 65534, 65534);
  const data = join(dir, 'data');
  const init = runPg(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb 失败：${init.output}`);
  }
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = runPg(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
  };
  process.on('exit', stop);
  if (!start.ok) {
    stop();
    throw new Error(`pg_ctl start 失败：${start.output}`);
  }
  const urlFor = (database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;
  return {
    url: urlFor('postgres'),
    port,
    dir,
    createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      const made = runPg(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, name]);
      if (!made.ok) throw new Error(`createdb 失败：${made.output}`);
      return urlFor(name);
    },
    crashAndRestart() {
      runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      const again = runPg(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
      if (!again.ok) throw new Error(`pg_ctl start 失败：${again.output}`);
    },
    stop,
  };
}
