import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sm2Port } from '../../shared/signing/sm2';
import { KEY_REQUEST_FORMAT, keyRequestBytes, type KeyRequestBody } from '../../shared/trust/keyRequest';
import { runServerCli } from '../cli/run';
import { enrolmentMac } from '../accounts/enrolment';
import { startServer, type RunningServer, type StartOptions } from '../startup/serverMain';
import type { PgCluster } from './pgCluster';

export const ROOT_PIN = 'root-pin-8421';

/** Runs `dafu server …` in this process, as IT would type it; returns the exit code and what it printed. */
export async function serverCli(argv: string[], stdin = '', env: Record<string, string | undefined> = { DAFU_PIN: ROOT_PIN }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runServerCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readStdin: async () => stdin,
    env,
    stopSignal: new Promise(() => undefined),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let databases = 0;

/** A fresh database in the cluster, initialised with `dafu server init`, and a root key folder in a temp dir. */
export async function initialisedServer(cluster: PgCluster): Promise<{ pg: string; keysDir: string; dir: string; cleanup(): void }> {
  const pg = cluster.createDatabase(`dafu_${process.pid}_${++databases}`);
  const dir = mkdtempSync(join(tmpdir(), 'dafu-server-'));
  const keysDir = join(dir, 'keys');
  const init = await serverCli(['init', '--pg', pg, '--keys', keysDir, '--bureau', '柳州市商务局']);
  if (init.code !== 0) throw new Error(`init failed: ${init.err}`);
  return { pg, keysDir, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runningServer(cluster: PgCluster, options: Partial<StartOptions> = {}) {
  const setup = await initialisedServer(cluster);
  const server: RunningServer = await startServer({ pg: setup.pg, listen: '127.0.0.1:0', insecureLoopback: true, rootPin: ROOT_PIN, ...options });
  return {
    ...setup,
    server,
    async stop() {
      await server.close();
      setup.cleanup();
    },
  };
}

/** Adds an account through the CLI and returns its enrolment code. */
export async function addUser(pg: string, login: string, role: string, password: string, unit = '办公室'): Promise<string> {
  const added = await serverCli(['user', 'add', login, '--role', role, '--unit', unit, '--password-stdin', '--pg', pg], `${password}\n`);
  if (added.code !== 0) throw new Error(added.err);
  return /登记码：(\S+)/.exec(added.out)![1];
}

export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** The server's certificate as PEM, after checking that its SHA-256 fingerprint is `pin` (as a client pins on first contact). */
export function probeCertificate(url: string, pin: string): Promise<string> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: target.hostname, port: Number(target.port), rejectUnauthorized: false }, () => {
      const cert = socket.getPeerCertificate();
      socket.destroy();
      if (cert.fingerprint256 !== pin) reject(new Error(`证书指纹不符：${cert.fingerprint256}`));
      else resolve(`-----BEGIN CERTIFICATE-----\n${cert.raw.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`);
    });
    socket.on('error', reject);
  });
}

/** One JSON request to the server; with `pin`, the TLS certificate must have that SHA-256 fingerprint. */
export async function call(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: string | Buffer; pin?: string } = {},
): Promise<Reply> {
  const target = new URL(path, url);
  const data = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const tls = target.protocol === 'https:';
  const ca = tls && options.pin ? await probeCertificate(url, options.pin) : undefined;
  return new Promise((resolve, reject) => {
    const request = (tls ? httpsRequest : httpRequest)(
      target,
      {
        method,
        headers,
        ...(tls
          ? {
              ca,
              rejectUnauthorized: ca !== undefined,
              checkServerIdentity: (_host: string, cert: { fingerprint256: string }) =>
                options.pin && cert.fingerprint256 !== options.pin ? new Error(`证书指纹不符：${cert.fingerprint256}`) : undefined,
            }
          : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            body = { text };
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on('error', reject);
    if (data !== undefined) request.write(data);
    request.end();
  });
}

/** A desktop user's key and the request it sends with an enrolment code (the code itself never travels). */
/** Logs `user` in with a password alone and returns the session token. */
export const sessionToken = async (url: string, user: string, password: string) =>
  String((await call(url, 'POST', '/api/v1/login', { body: { user, password } })).body.token);

export function keyRequestWith(code: string | null, who: { name?: string; unit?: string; userId?: string } = {}) {
  const key = sm2Port.generate();
  const body: KeyRequestBody = {
    v: 1,
    userId: who.userId ?? randomUUID(),
    name: who.name ?? '王晶',
    unit: who.unit ?? '办公室',
    role: 'drafter',
    permissions: [],
    key: key.publicKey,
    createdAt: new Date().toISOString(),
    deviceId: 'pc-1',
  };
  const bytes = keyRequestBytes(body);
  const text = JSON.stringify({
    format: KEY_REQUEST_FORMAT,
    body,
    proof: sm2Port.sign(key.privateKey, key.publicKey, bytes),
    enrolment: code ? { mac: enrolmentMac(code, bytes) } : null,
  });
  return { key, body, text };
}
