import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { startServices } from '../../app/services';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

/** GB18030 bytes for a text, found by decoding every two-byte code (Node can decode GB18030 but not encode it). */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) codes.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  return new Uint8Array(
    [...text].flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = codes.get(char);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${char}`);
      return bytes;
    }),
  );
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-import-'));
  return { dir, db: join(dir, 'dafu.sqlite3') };
}

describe('dafu import', () => {
  it('imports a UTF-8 letter with BOM and prints the new draft id on the last line', async () => {
    const { dir, db } = workspace();
    const file = join(dir, '答复.txt');
    writeFileSync(file, `\ufeff${liuzhou2023Letter}`, 'utf8');
    const { io, out } = fakeIo();
    expect(await runCli(['import', file, '--db', db], io)).toBe(0);
    const id = out.at(-1)!;
    const services = startServices(db);
    const result = await services.dispatch('drafts.get', { draftId: id });
    services.close();
    expect(result.ok && (result.value as { title: string }).title).toBe('关于对柳州市政协十三届三次会议第011号提案的答复');
  });

  it('reads a GB18030 (ANSI) file and prints id, fields and warnings as JSON', async () => {
    const { dir, db } = workspace();
    const file = join(dir, 'ansi.txt');
    // A GBK file has no web-page spaces (U+2002, U+00A0); Notepad saves CRLF line ends.
    writeFileSync(file, encodeGb18030(liuzhou2023Letter.replace(/[\u2002\u00a0]/g, ' ').replace(/\r?\n/g, '\r\n')));
    const { io, out } = fakeIo();
    expect(await runCli(['import', file, '--db', db, '--json'], io)).toBe(0);
    const printed = JSON.parse(out.at(-1)!) as { id: string; fields: Record<string, string>; warnings: string[] };
    expect(printed.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(printed.fields).toMatchObject({
      proposalNumber: '011',
      proposer: '九三学社柳州市委员会',
      sessionName: '柳州市政协十三届三次会议',
      signedOn: '2023-05-26',
      handler: '王晶',
      handlerPhone: '13557725771',
      cc: '市政协提案委员会、市政府督查室',
    });
    expect(printed.warnings.some((warning) => warning.includes('2023526'))).toBe(true);
  });

  it('refuses a missing file and a binary file with one Chinese line and writes nothing', async () => {
    const { dir, db } = workspace();
    const missing = fakeIo();
    expect(await runCli(['import', join(dir, '没有这个文件.txt'), '--db', db], missing.io)).not.toBe(0);
    expect(missing.err).toHaveLength(1);
    expect(missing.err[0]).toContain('找不到文件');

    const binary = join(dir, '答复（其实是 Word 文件）.txt');
    writeFileSync(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]));
    const refused = fakeIo();
    expect(await runCli(['import', binary, '--db', db], refused.io)).not.toBe(0);
    expect(refused.err).toEqual([expect.stringContaining('不是文本文件')]);
    expect(refused.out).toEqual([]);
    expect(existsSync(db)).toBe(false);
  });
});
