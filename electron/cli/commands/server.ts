import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CliIo, Command } from '../common/command';

/**
 * `dafu server …` hands everything after `server` to the team server's own entry point,
 * server/main.ts, run as a separate Node process under tsx. Nothing of server/ is imported here, so
 * the desktop bundle and the packaged app never contain it; where the checkout's server/ folder is
 * missing (the installed app), the command says where the server comes from.
 */
export function findServerEntry(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from, up = 0; up < 6; dir = dirname(dir), up++) {
    const entry = join(dir, 'server', 'main.ts');
    if (existsSync(entry) && existsSync(join(dir, 'node_modules', 'tsx'))) return entry;
  }
  return null;
}

function relay(stream: NodeJS.ReadableStream, write: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: stream });
    lines.on('line', write);
    lines.on('close', resolve);
  });
}

export async function runServerEntry(args: readonly string[], io: CliIo, entry = findServerEntry()): Promise<number> {
  if (!entry) {
    io.err('单位服务器不在桌面安装包里。请在信息科的服务器上，从本程序的源码目录（npm ci 之后）运行 npx dafu server …，见 README「单位服务器」一节。');
    return 1;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: process.cwd(), stdio: ['inherit', 'pipe', 'pipe'] });
  const stop = () => child.kill('SIGTERM');
  void io.stopSignal.then(stop);
  const done = Promise.all([relay(child.stdout, io.out), relay(child.stderr, io.err)]);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  await done;
  return code;
}

export const serverCommand: Command = {
  name: 'server',
  summary: '单位服务器（PostgreSQL）：初始化、启动、账户、审计日志（仅源码目录可用）',
  usage: 'dafu server init|start|user|audit …（dafu server --help 看详细用法）',
  options: {},
  passThrough: true,
  optionHelp: [],
  run: ({ positionals }, io) => runServerEntry(positionals, io),
};
