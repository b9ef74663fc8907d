import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../startup/serverMain';
import type { PgCluster } from '../testing/pgCluster';
import { sharedPgCluster } from '../testing/sharedPgCluster';
import { call, initialisedServer, serverCli } from '../testing/testServer';

let cluster: PgCluster;
beforeAll(() => {
  cluster = sharedPgCluster();
});
afterAll(() => cluster?.stop());

describe('TLS by default, plain HTTP only on loopback', () => {
  it('the first start makes a self-signed certificate and prints its fingerprint; a client pinning it connects, a changed one is refused', async () => {
    const setup = await initialisedServer(cluster);
    try {
      const first = await startServer({ pg: setup.pg, listen: '127.0.0.1:0', insecureLoopback: false });
      expect(first.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(first.certificateFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      const pinned = first.certificateFingerprint!;
      expect((await call(first.url, 'GET', '/api/v1/hello', { pin: pinned })).body).toMatchObject({ format: 1, bureau: '柳州市商务局' });
      await first.close();

      // The same folder: the same certificate after a restart.
      const again = await startServer({ pg: setup.pg, listen: '127.0.0.1:0', insecureLoopback: false });
      expect(again.certificateFingerprint).toBe(pinned);
      await again.close();

      // Someone replaces the certificate: the client that pinned the old one refuses to talk.
      rmSync(join(setup.keysDir, 'tls'), { recursive: true });
      const changed = await startServer({ pg: setup.pg, listen: '127.0.0.1:0', insecureLoopback: false });
      try {
        expect(changed.certificateFingerprint).not.toBe(pinned);
        await expect(call(changed.url, 'GET', '/api/v1/hello', { pin: pinned })).rejects.toThrow(/证书指纹不符/);
      } finally {
        await changed.close();
      }
    } finally {
      setup.cleanup();
    }
  });

  it('plain HTTP is refused on any address but loopback', async () => {
    const setup = await initialisedServer(cluster);
    try {
      const refused = await serverCli(['start', '--pg', setup.pg, '--listen', '0.0.0.0:0', '--insecure-loopback']);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/只允许在本机回环地址/);
    } finally {
      setup.cleanup();
    }
  });

  it('init twice keeps the root key; a database initialised with another root refuses to start with this folder', async () => {
    const setup = await initialisedServer(cluster);
    const other = await initialisedServer(cluster);
    try {
      const again = await serverCli(['init', '--pg', setup.pg, '--keys', setup.keysDir]);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/沿用已有的单位根密钥/);
      expect(again.out).toMatch(/根密钥指纹：[0-9A-F]{4}( [0-9A-F]{4}){15}/);
      const mixed = await serverCli(['start', '--pg', setup.pg, '--keys', other.keysDir, '--listen', '127.0.0.1:0', '--insecure-loopback']);
      expect(mixed.code).toBe(1);
      expect(mixed.err).toMatch(/根密钥与这个数据库初始化时的不同/);
    } finally {
      setup.cleanup();
      other.cleanup();
    }
  });

  it('the root key stays in its folder: nothing in PostgreSQL holds a private key', async () => {
    const setup = await initialisedServer(cluster);
    const server = await startServer({ pg: setup.pg, listen: '127.0.0.1:0', insecureLoopback: true });
    try {
      const { rows } = await server.pool.query('SELECT name, value FROM server_settings ORDER BY name');
      expect(rows.map((row: { name: string }) => row.name)).toEqual(['keys_dir', 'root_fingerprint']);
      expect(JSON.stringify(rows)).not.toMatch(/privateKey|BEGIN|"data"/);
    } finally {
      await server.close();
      setup.cleanup();
    }
  });
});
