import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgCluster } from '../../../server/testing/pgCluster';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { runCli } from '../run';

let cluster: PgCluster;
let dir: string;
beforeAll(() => {
  cluster = sharedPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'dafu-server-cli-'));
});
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function dafu(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line), stopSignal: new Promise(() => undefined) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dafu server … runs the team server as its own process', () => {
  it('IT initialises the server from the desktop CLI of a checkout and lists its accounts', async () => {
    const pg = cluster.createDatabase('via_dafu');
    process.env.DAFU_PIN = 'root-pin-8421';
    try {
      const init = await dafu(['server', 'init', '--pg', pg, '--keys', join(dir, 'keys'), '--bureau', '柳州市商务局']);
      expect(init.err).toBe('');
      expect(init.code).toBe(0);
      expect(init.out).toMatch(/根密钥指纹：[0-9A-F]{4}( [0-9A-F]{4}){15}/);
      const list = await dafu(['server', 'user', 'list', '--json', '--pg', pg]);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.out)).toEqual([]);
    } finally {
      delete process.env.DAFU_PIN;
    }
  }, 60_000);

  it('its help and its usage errors come from the server itself', async () => {
    expect((await dafu(['server', '--help'])).out).toMatch(/dafu server <步骤>/);
    const wrong = await dafu(['server', 'user', 'add', '王晶', '--role', '局长', '--pg', 'postgres://x@127.0.0.1:1/x']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--role/);
  }, 60_000);
});
