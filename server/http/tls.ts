import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server's TLS certificate: one IT provides (cert.pem + key.pem in --tls-dir), else a
 * self-signed one made on first start with the `openssl` command line (node:crypto cannot issue
 * certificates) and kept in the same folder. Clients pin its SHA-256 fingerprint, as SSH does.
 */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** SHA-256 over the certificate, upper-case hex in colon-separated pairs, as openssl and browsers show it. */
  fingerprint: string;
  made: boolean;
}

export const certificateFingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;

export function ensureCertificate(dir: string, hostNames: string[]): TlsMaterial {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  let made = false;
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const names = [...new Set(['localhost', '127.0.0.1', ...hostNames])];
    const san = names.map((name) => (/^[\d.]+$/.test(name) || name.includes(':') ? `IP:${name}` : `DNS:${name}`)).join(',');
    const result = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '3650',
        '-subj',
        '/CN=dafu-server',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`无法生成服务器证书（需要 openssl 命令）：${result.stderr || result.error?.message}`);
    chmodSync(keyFile, 0o600);
    made = true;
  }
  const cert = readFileSync(certFile, 'utf8');
  return { cert, key: readFileSync(keyFile, 'utf8'), fingerprint: certificateFingerprint(cert), made };
}

/** A fingerprint as typed back (any case, with or without colons or spaces), for comparison. */
export const normaliseCertFingerprint = (typed: string) => typed.replace(/[\s:]/g, '').toUpperCase();
