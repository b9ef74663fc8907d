import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real, throwaway PostgreSQL cluster: initdb in a temporary folder, started with pg_ctl on a free
 * loopback port, as an unprivileged user when the tests run as root (PostgreSQL refuses root).
 * `stop()` stops it with `immediate` and removes the folder; an exit hook does the same if a run dies
 * before its teardown. The unit tests share one per run (sharedPgCluster.ts); a test that crashes
 * PostgreSQL or changes its server-wide settings starts its own.
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

function installedBin(): string {
  const bin = postgresBin();
  if (!bin)
    throw new Error('没有找到 PostgreSQL（/usr/lib/postgresql/*/bin）。请运行 node electron/tools/setup.mjs --for-tests，或 apt-get install postgresql。');
  return bin;
}

/** The connection string of `database` in the cluster listening on `port`, as the superuser. */
const pgUrl = (port: number, database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;

/** Runs `createdb`, `dropdb` … against the cluster listening on `port`. */
function pgClient(tool: string, port: number, args: string[]) {
  return runPg(join(installedBin(), tool), ['-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, ...args]);
}

/** A fresh, empty database in the running cluster on `port`; returns its connection string. */
export function createDatabaseOn(port: number, name: string): string {
  // PostgreSQL would cut a longer name to 63 bytes, and two names could end up one database.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
  const made = pgClient('createdb', port, [name]);
  if (!made.ok) throw new Error(`createdb 失败：${made.output}`);
  return pgUrl(port, name);
}

/** Drops the database, closing whatever connections a test left open on it. */
export function dropDatabaseOn(port: number, name: string): void {
  const dropped = pgClient('dropdb', port, ['--force', '--if-exists', name]);
  if (!dropped.ok) throw new Error(`dropdb 失败：${dropped.output}`);
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = installedBin();
  const dir = mkdtempSync(join(tmpdir(), 'dafu-pg-'));
  if (isRoot()) chownSync(dir, 65534, 65534);
  const data = join(dir, 'data');
  const init = runPg(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  if (!init.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb 失败：${init.output}`);
  }
  const port = await freePort();
  // Room for the pools of every test file a machine with many cores runs at once on the shared cluster.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500`;
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
  return {
    url: pgUrl(port, 'postgres'),
    port,
    dir,
    createDatabase: (name: string) => createDatabaseOn(port, name),
    crashAndRestart() {
      runPg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      const again = runPg(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
      if (!again.ok) throw new Error(`pg_ctl start 失败：${again.output}`);
    },
    stop,
  };
}
