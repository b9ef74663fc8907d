import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { runCli } from '../run';
import { terminalSafe } from './terminalText';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

/** What a terminal would obey: clear the screen, turn red, an 8-bit CSI, write right to left. */
const ESCAPES = '\u001b[2J\u001b[31m红字\u001b[0m\u009b31m\u202e倒序\u202c';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('what the CLI prints from letters and lists', () => {
  it('shows escape sequences in a title as visible \\u escapes through import, search and history, never raw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-escapes-'));
    const db = join(dir, 'dafu.sqlite3');
    const file = join(dir, '答复.txt');
    writeFileSync(file, liuzhou2023Letter.replace('关于对', `关于${ESCAPES}对`));

    const imported = fakeIo();
    expect(await runCli(['import', file, '--db', db], imported.io)).toBe(0);
    const draftId = imported.out.at(-1)!;
    const searched = fakeIo();
    expect(await runCli(['search', '红字', '--db', db], searched.io)).toBe(0);
    const history = fakeIo();
    expect(await runCli(['history', draftId, '--db', db], history.io)).toBe(0);

    const printed = [...imported.out, ...imported.err, ...searched.out, ...history.out];
    expect(printed.filter((line) => RAW_CONTROL.test(line))).toEqual([]);
    expect(imported.out[0]).toBe('已导入：关于\\u001b[2J\\u001b[31m红字\\u001b[0m\\u009b31m\\u202e倒序\\u202c对柳州市政协十三届三次会议第011号提案的答复');
    expect(searched.out.join('\n')).toContain('\\u001b[31m');
  });

  it('keeps --json output the same data: the escapes read back as the characters', async () => {
    const line = terminalSafe(JSON.stringify({ title: `关于${ESCAPES}的答复` }));
    expect(RAW_CONTROL.test(line)).toBe(false);
    expect(JSON.parse(line)).toEqual({ title: `关于${ESCAPES}的答复` });
  });
});
