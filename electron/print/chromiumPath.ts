import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium to print with: the --chromium option, else DAFU_CHROMIUM, else the one on PATH (Debian's). */
export function resolveChromium(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env.DAFU_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`找不到浏览器程序“${chosen}”，请检查 --chromium 或 DAFU_CHROMIUM 给出的路径。`);
    return chosen;
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim().split('\n')[0];
    if (found) return found;
  } catch {
    // falls through to the message below
  }
  throw new Error('找不到 chromium。请安装（apt-get install -y chromium），或用 --chromium 指定浏览器程序的路径。');
}
