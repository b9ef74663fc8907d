import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run';
import { fakeIo, seededDatabase } from '../../testing/storeFixture';

describe('dafu check', () => {
  it('passes a sound database, having checked every revision, without changing it', async () => {
    const { file, reported } = await seededDatabase('dafu-check-');
    const before = readFileSync(file);
    const { io, out, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(new RegExp(`完整性检查：通过[\\s\\S]*${reported.size + 2} 个版本全部与校验值一致`));
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('names each revision whose content no longer matches its hash, and exits 1', async () => {
    const { file, reported } = await seededDatabase('dafu-check-');
    const [victim] = reported.keys();
    const db = new Database(file);
    db.prepare("UPDATE revisions SET encoding = 'json+br', base_id = NULL, depth = 0, body = ? WHERE id = ?").run(brotliCompressSync('{"content":{},"fields":{}}'), victim);
    db.close();
    const { io, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(1);
    expect(err.join('\n')).toContain(victim);
    expect(err.join('\n')).toMatch(/已损坏/);
  });

  it('reports a file whose pages are damaged, in Chinese and without a stack trace', async () => {
    const { file } = await seededDatabase('dafu-check-');
    const bytes = readFileSync(file);
    bytes.fill(0x33, 4096, 4096 * 3);
    writeFileSync(file, bytes);
    const { io, err } = fakeIo();
    expect(await runCli(['check', '--db', file], io)).toBe(1);
    expect(err.join('\n')).toMatch(/已损坏[\s\S]*dafu restore/);
    expect(err.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });
});
