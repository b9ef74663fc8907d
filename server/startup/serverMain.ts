import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type pg from 'pg';
import { formatFingerprint } from '../../shared/signing/port';
import { migrate } from '../db/migrations';
import { openPool } from '../db/pool';
import { certifyIntoList, hasRootKey, initKeyFolder, readKeyList, rootFingerprint, unlockRoot } from '../keys/rootFolder';
import { makeServer } from '../http/app';
import { ensureCertificate } from '../http/tls';
import type { Certifier } from '../accounts/sessions';

export class ServerRefused extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || /^127\./.test(host);

export function parseListen(listen: string): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(listen);
  const port = match ? Number(match[2]) : NaN;
  if (!match || port > 65535) throw new ServerRefused(`--listen 须写成 地址:端口，例如 0.0.0.0:8443（收到：${listen}）。`);
  const host = match[1].replace(/^\[|\]$/g, '');
  if (host !== 'localhost' && isIP(host) === 0) throw new ServerRefused(`--listen 的地址须是 IP 地址（收到：${host}）。`);
  return { host, port };
}

async function setting(pool: pg.Pool, name: string): Promise<string | null> {
  const { rows } = await pool.query<{ value: string }>('SELECT value FROM server_settings WHERE name = $1', [name]);
  return rows[0]?.value ?? null;
}

/** `dafu server init`: the schema, and the root key in a folder (made here unless IT brought one). */
export async function initServer(options: {
  pg: string;
  keysDir: string;
  bureau: string;
  pin: () => Promise<string>;
  now: Date;
}): Promise<{ fingerprint: string; madeRoot: boolean; migrations: number[] }> {
  const pool = openPool(options.pg, 2);
  try {
    const migrations = await migrate(pool);
    let madeRoot = false;
    if (!hasRootKey(options.keysDir)) {
      initKeyFolder(options.keysDir, options.bureau, await options.pin(), options.now);
      madeRoot = true;
    }
    const fingerprint = rootFingerprint(options.keysDir);
    const pinned = await setting(pool, 'root_fingerprint');
    if (pinned && pinned !== fingerprint) {
      throw new ServerRefused(
        `这个数据库已属于另一把单位根密钥（指纹 ${formatFingerprint(pinned)}），与 ${options.keysDir} 里的不同。请用原来的根密钥文件夹。`,
      );
    }
    await pool.query(
      "INSERT INTO server_settings (name, value) VALUES ('root_fingerprint', $1), ('keys_dir', $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
      [fingerprint, options.keysDir],
    );
    return { fingerprint, madeRoot, migrations };
  } finally {
    await pool.end();
  }
}

export interface StartOptions {
  pg: string;
  listen: string;
  keysDir?: string;
  tlsDir?: string;
  insecureLoopback: boolean;
  /** The root key's PIN: with it, enrolment codes certify keys; without, logins still work. */
  rootPin?: string;
  now?: () => Date;
  poolSize?: number;
}

export interface RunningServer {
  url: string;
  certificateFingerprint: string | null;
  rootFingerprint: string;
  pool: pg.Pool;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { host, port } = parseListen(options.listen);
  if (options.insecureLoopback && !isLoopback(host))
    throw new ServerRefused('不加密的 HTTP 只允许在本机回环地址（127.0.0.1）上使用，仅供测试。内网请用 TLS（去掉 --insecure-loopback）。');
  const pool = openPool(options.pg, options.poolSize ?? 20);
  try {
    await migrate(pool);
    const keysDir = options.keysDir ?? (await setting(pool, 'keys_dir'));
    if (!keysDir) throw new ServerRefused('这个数据库还没有初始化。请先运行 dafu server init --pg 地址。');
    const root = rootFingerprint(keysDir);
    const pinned = await setting(pool, 'root_fingerprint');
    if (pinned !== root) throw new ServerRefused(`${keysDir} 里的单位根密钥与这个数据库初始化时的不同。请用原来的根密钥文件夹，或重新运行 dafu server init。`);
    let certifier: Certifier | null = null;
    if (options.rootPin) {
      const unlocked = unlockRoot(keysDir, options.rootPin);
      if (unlocked.publicKey !== readKeyList(keysDir).body.root) throw new ServerRefused('根密钥与单位密钥清单不符。');
      certifier = { certify: (entry, now) => void certifyIntoList(keysDir, unlocked, entry, now) };
    }
    const tls = options.insecureLoopback ? null : ensureCertificate(options.tlsDir ?? join(keysDir, 'tls'), host === '0.0.0.0' || host === '::' ? [] : [host]);
    const server = makeServer({ pool, keysDir, certifier, now: options.now ?? (() => new Date()) }, tls);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const bound = (server.address() as AddressInfo).port;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    return {
      url: `${tls ? 'https' : 'http'}://${shownHost}:${bound}`,
      certificateFingerprint: tls?.fingerprint ?? null,
      rootFingerprint: root,
      pool,
      close: async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
