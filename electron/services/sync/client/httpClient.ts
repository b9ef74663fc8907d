import { X509Certificate } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';

/** The server could not be reached: the status bar says 离线 and nothing is lost. */
export class Offline extends Error {}
/** The server answered with a refusal; `status` is its HTTP status. */
export class ServerSaid extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const CERTIFICATE_CHANGED = (pinned: string, now: string) =>
  `服务器的证书与第一次连接时不同（原指纹 ${pinned}，现在 ${now}）。可能有人冒充服务器，已拒绝连接。请向信息科核实；确认换了证书后，用新的指纹重新连接。`;

const isLoopbackHttp = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function checkAddress(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServerSaid(400, `服务器地址不对：${url}（应形如 https://10.1.2.3:8443）`);
  }
  if (parsed.protocol !== 'https:' && !isLoopbackHttp(parsed)) throw new ServerSaid(400, '服务器地址须以 https:// 开头；不加密的 http 只用于本机测试。');
  return parsed;
}

export const normaliseFingerprint = (typed: string) => typed.replace(/[\s:]/g, '').toUpperCase();

/** The certificate the server presents, with its fingerprint, before anything is sent to it. */
export function fetchCertificate(url: URL): Promise<{ pem: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: url.hostname, port: Number(url.port || 443), servername: undefined, rejectUnauthorized: false }, () => {
      const raw = socket.getPeerCertificate().raw;
      socket.destroy();
      const pem = `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
      resolve({ pem, fingerprint: new X509Certificate(pem).fingerprint256 });
    });
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.on('error', (error) => reject(new Offline(`连不上服务器：${error.message}`)));
  });
}

export interface Target {
  url: string;
  certificate: string | null;
  fingerprint: string | null;
}

/** One JSON request; over TLS only to the pinned certificate. */
export function requestJson(
  target: Target,
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown } = {},
): Promise<Record<string, unknown>> {
  const url = new URL(path, target.url);
  const data = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const tls = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (tls ? httpsRequest : httpRequest)(
      url,
      {
        method,
        headers,
        timeout: 60_000,
        ...(tls
          ? {
              ca: target.certificate ?? undefined,
              rejectUnauthorized: true,
              // The pin is the fingerprint, not the host name: a self-signed certificate names whatever IT typed.
              checkServerIdentity: (_host: string, cert: { fingerprint256: string }) =>
                cert.fingerprint256 === target.fingerprint
                  ? undefined
                  : new ServerSaid(495, CERTIFICATE_CHANGED(target.fingerprint ?? '', cert.fingerprint256)),
            }
          : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          } catch {
            body = {};
          }
          if ((response.statusCode ?? 500) >= 400)
            reject(new ServerSaid(response.statusCode ?? 500, String(body.error ?? `服务器出错（${response.statusCode}）`)));
          else resolve(body);
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error: Error & { code?: string }) => {
      if (error instanceof ServerSaid) return reject(error);
      if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(error.code ?? ''))
        return reject(new ServerSaid(495, CERTIFICATE_CHANGED(target.fingerprint ?? '', '（与所存证书不符）')));
      reject(new Offline(`连不上服务器：${error.message}`));
    });
    if (data !== undefined) request.write(data);
    request.end();
  });
}
