import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run';

/** The happy path (a real PDF, measured with poppler) is in electron/print/conformance.test.ts. */
function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

describe('dafu pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-pdf-'));
  const db = join(dir, 'dafu.sqlite3');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says what is missing in one Chinese line and writes nothing', async () => {
    const noOut = fakeIo();
    expect(await runCli(['pdf', '7d1f2b7e-3c1a-4d2e-9f00-000000000001', '--db', db], noOut.io)).toBe(2);
    expect(noOut.err).toEqual([expect.stringContaining('请用 -o 给出要写入的 PDF 文件名')]);

    const noId = fakeIo();
    expect(await runCli(['pdf', '-o', join(dir, 'a.pdf'), '--db', db], noId.io)).toBe(2);
    expect(noId.err).toEqual([expect.stringContaining('请给出一份草稿的编号')]);

    const badBrowser = fakeIo();
    expect(await runCli(['pdf', '7d1f2b7e-3c1a-4d2e-9f00-000000000001', '-o', join(dir, 'a.pdf'), '--db', db, '--chromium', '/没有/chromium'], badBrowser.io)).toBe(1);
    expect(badBrowser.err).toEqual([expect.stringContaining('找不到浏览器程序')]);
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false);
  });

  it('refuses an unknown draft before starting a browser', async () => {
    const run = fakeIo();
    expect(await runCli(['pdf', '7d1f2b7e-3c1a-4d2e-9f00-000000000001', '-o', join(dir, 'b.pdf'), '--db', db, '--chromium', process.execPath], run.io)).toBe(1);
    expect(run.err).toEqual([expect.stringContaining('找不到这份草稿')]);
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
  });
});
