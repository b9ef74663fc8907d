import { describe, expect, it } from 'vitest';
import type { CliIo } from './command';
import { namedFor } from './programName';
import { runCli } from '../run';

function capture(program?: string) {
  const lines: string[] = [];
  const io: CliIo = { out: (line) => lines.push(line), err: (line) => lines.push(line), stopSignal: new Promise(() => {}), ...(program ? { program } : {}) };
  return { io, lines };
}

describe('the program named in help and messages', () => {
  it('is dafu under Node', async () => {
    const { io, lines } = capture();
    await runCli(['--help'], io);
    expect(lines[0]).toBe('用法：dafu <命令> [选项]');
  });

  it('is the packaged executable when started as the app', async () => {
    const { io, lines } = capture('答复函起草助手.exe');
    expect(await runCli(['nosuch'], io)).toBe(2);
    expect(lines).toEqual(['答复函起草助手.exe: 没有“nosuch”这个命令。运行 答复函起草助手.exe --help 查看可用命令。']);
    lines.length = 0;
    await runCli(['pdf', '--help'], io);
    expect(lines[0]).toMatch(/^用法：答复函起草助手\.exe pdf DRAFT-ID/);
  });

  it('leaves words that merely contain dafu alone', () => {
    const { io, lines } = capture('app');
    namedFor(io).out('已写入 D:\\备份\\dafu-2026.sqlite3 和 my.dafu 文件（dafu check 可检查）');
    expect(lines).toEqual(['已写入 D:\\备份\\dafu-2026.sqlite3 和 my.dafu 文件（app check 可检查）']);
  });
});
