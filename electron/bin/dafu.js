#!/usr/bin/env node
// Runs the bundled CLI; on a checkout where it has not been built yet, builds it first.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const renderer = join(root, 'dist', 'renderer', 'index.html');

if (!existsSync(cli) || !existsSync(renderer)) {
  process.stderr.write('dafu: 首次运行，正在构建程序……\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    process.stderr.write('dafu: 构建失败，请在项目目录运行 npm run build 查看原因。\n');
    process.exit(1);
  }
}
await import(pathToFileURL(cli).href);
