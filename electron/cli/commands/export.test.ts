import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

describe('dafu export and dafu import of .docx', () => {
  it('exports a draft to .docx and .txt, and importing the .docx prints what importing the .txt printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-export-'));
    const db = join(dir, 'dafu.sqlite3');
    const letter = join(dir, '答复.txt');
    writeFileSync(letter, liuzhou2023Letter, 'utf8');
    const fromText = fakeIo();
    expect(await runCli(['import', letter, '--db', db, '--json'], fromText.io)).toBe(0);
    const imported = JSON.parse(fromText.out[0]) as { id: string; fields: object; warnings: string[] };

    const docx = join(dir, '导出.docx');
    const txt = join(dir, '导出.txt');
    const exported = fakeIo();
    expect(await runCli(['export', imported.id, '--docx', docx, '--txt', txt, '--db', db], exported.io)).toBe(0);
    expect(exported.out).toEqual([`已导出 Word 文档：${docx}`, `已导出文本：${txt}`]);
    expect([...readFileSync(docx).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(readFileSync(txt, 'utf8')).toMatch(/^\ufeff关于对柳州市政协十三届三次会议第011号提案的答复\r\n/);

    const fromDocx = fakeIo();
    expect(await runCli(['import', docx, '--db', db, '--json'], fromDocx.io)).toBe(0);
    const again = JSON.parse(fromDocx.out[0]) as typeof imported;
    expect(again.fields).toEqual(imported.fields);

    const plain = fakeIo();
    expect(await runCli(['import', docx, '--db', db], plain.io)).toBe(0);
    expect(plain.out[0]).toBe('已导入：关于对柳州市政协十三届三次会议第011号提案的答复');
  });

  it('explains a bad .docx and a missing draft in Chinese, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-export-'));
    const db = join(dir, 'dafu.sqlite3');
    const fake = join(dir, '答复.docx');
    writeFileSync(fake, '这其实是文本');
    const bad = fakeIo();
    expect(await runCli(['import', fake, '--db', db], bad.io)).toBe(1);
    expect(bad.err).toEqual(['dafu import: 「答复.docx」不是 Word 文档（.docx）。请在 Word 或 WPS 里打开它，“另存为” .docx 后再导入。']);
    const missing = fakeIo();
    expect(await runCli(['export', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--docx', join(dir, 'x.docx'), '--db', db], missing.io)).toBe(1);
    expect(missing.err[0]).toMatch(/^dafu export: 找不到这份草稿/);
    const noTarget = fakeIo();
    expect(await runCli(['export', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', db], noTarget.io)).toBe(2);
    expect(noTarget.err[0]).toBe('dafu export: 请用 --docx 或 --txt 指定要保存的文件。');
  });
});
