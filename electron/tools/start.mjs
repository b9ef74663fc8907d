// Opens the Electron window when Electron's binary is installed; otherwise serves the same app on
// the loopback host and prints the address to open in a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronDir = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

function launch(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (existsSync(join(electronDir, 'path.txt'))) {
  launch(process.execPath, [join(electronDir, 'cli.js'), root, ...args]);
} else {
  console.log('未安装 Electron 程序，改用浏览器方式运行：用浏览器打开下面的地址（按 Ctrl+C 退出）。');
  launch(process.execPath, [join(root, 'electron', 'bin', 'dafu.js'), 'serve', ...args]);
}
