import { execFileSync } from 'node:child_process';

/** Debian's chromium: tests never download a browser of their own. */
export function chromiumPath(): string {
  const fromEnv = process.env.DAFU_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    throw new Error('找不到 chromium。请先安装：apt-get install -y chromium fonts-noto-cjk poppler-utils（或用 DAFU_CHROMIUM 指定路径）');
  }
}
