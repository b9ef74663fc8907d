// Installs what the project needs on a fresh machine, online or on an offline intranet PC, without
// the reader setting anything by hand. Run by `npm start` and `npm test`; cheap when nothing changed.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stamp = join(root, 'node_modules', '.dafu-installed');
const forTests = process.argv.includes('--for-tests');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function quiet(command, args) {
  return spawnSync(command, args, { cwd: root, stdio: 'ignore' }).status === 0;
}

function installPackages() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const wanted = createHash('sha256').update(lock).update(process.version).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  console.log('正在安装依赖（首次约需 2–3 分钟，主要是编译 SQLite 模块）……');
  // Electron's binary is fetched separately below, so an offline machine still installs everything else.
  const env = { ELECTRON_SKIP_BINARY_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  if (!run('npm', ['ci', '--no-audit', '--no-fund'], env)) process.exit(1);
  writeFileSync(stamp, wanted);
}

function fetchElectronBinary() {
  const electron = join(root, 'node_modules', 'electron');
  if (existsSync(join(electron, 'path.txt'))) return;
  if (!quiet(process.execPath, [join(electron, 'install.js')])) {
    console.log(
      '本机无法下载 Electron 程序（离线或内网环境）：将以浏览器方式运行。要窗口版，请设置 ELECTRON_MIRROR 指向内网镜像后重试，或安装打包好的安装程序。',
    );
  }
}

function ensureTestTools() {
  if (quiet('sh', ['-c', 'command -v chromium && command -v pdfinfo && fc-list | grep -q "Noto Serif CJK"'])) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && quiet('sh', ['-c', 'command -v apt-get'])) {
    console.log('正在安装测试所需的 chromium、中文字体和 poppler-utils……');
    const ok =
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'poppler-utils'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (ok) return;
  }
  console.error('测试需要 chromium、fonts-noto-cjk 和 poppler-utils，请先安装：sudo apt-get install -y chromium fonts-noto-cjk poppler-utils');
  process.exit(1);
}

// The .docx layout check converts the export with LibreOffice (about 40 s to install here); without it that one test is skipped.
function ensureLibreOffice() {
  if (quiet('sh', ['-c', 'command -v soffice'])) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && quiet('sh', ['-c', 'command -v apt-get'])) {
    console.log('正在安装 LibreOffice（用于检查导出的 Word 文档版式）……');
    const install = () =>
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer-nogui'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (install() || (run('apt-get', ['update', '-qq']) && install())) return;
  }
  console.log('没有 LibreOffice，将跳过导出 Word 文档的版式检查。需要时请安装：sudo apt-get install -y libreoffice-writer-nogui');
}

// The team server's tests run a real PostgreSQL from Debian's package (binaries under /usr/lib/postgresql/<version>/bin).
function ensurePostgres() {
  if (quiet('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb'])) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && quiet('sh', ['-c', 'command -v apt-get'])) {
    console.log('正在安装测试单位服务器所需的 PostgreSQL……');
    const install = () => run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (install() || (run('apt-get', ['update', '-qq']) && install())) return;
  }
  console.error('测试需要 PostgreSQL，请先安装：sudo apt-get install -y postgresql');
  process.exit(1);
}

installPackages();
fetchElectronBinary();
if (forTests) ensureTestTools();
if (forTests) ensureLibreOffice();
if (forTests) ensurePostgres();
