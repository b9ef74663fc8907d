// Native modules must be built for the Electron they ship with: for its ABI (NODE_MODULE_VERSION),
// operating system and processor. A better-sqlite3 built for plain Node loads in tests but makes the
// packaged app fail at start, so packaging stops here instead (electron-builder.yml's afterPack).
// Also runnable by hand: node electron/tools/checkNativeAbi.mjs [--electron V] [--platform P] [--arch A] [FILE…]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

const ELF_MACHINES = { 3: 'ia32', 40: 'armv7l', 62: 'x64', 183: 'arm64', 258: 'loong64' };
const PE_MACHINES = { 0x14c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };

/** The NODE_MODULE_VERSION a native module was compiled for, 'napi' for ABI-stable modules, or null. */
export function moduleAbi(binary) {
  const text = binary.toString('latin1');
  const versioned = /node_register_module_v(\d+)/.exec(text);
  if (versioned) return Number(versioned[1]);
  return text.includes('napi_register_module_v1') ? 'napi' : null;
}

/** Operating system and processor from the ELF, PE or Mach-O header. */
export function binaryTarget(binary) {
  if (binary.length >= 20 && binary.readUInt32BE(0) === 0x7f454c46) {
    return { platform: 'linux', arch: ELF_MACHINES[binary.readUInt16LE(18)] ?? 'unknown' };
  }
  if (binary.length >= 64 && binary.toString('latin1', 0, 2) === 'MZ') {
    const pe = binary.readUInt32LE(0x3c);
    return { platform: 'win32', arch: PE_MACHINES[binary.readUInt16LE(pe + 4)] ?? 'unknown' };
  }
  if (binary.length >= 8 && binary.readUInt32LE(0) === 0xfeedfacf) {
    return { platform: 'darwin', arch: MACHO_CPUS[binary.readUInt32LE(4)] ?? 'unknown' };
  }
  return { platform: 'unknown', arch: 'unknown' };
}

/** Electron's NODE_MODULE_VERSION, from node-abi's table (shipped with electron-builder). */
export function electronAbi(electronVersion) {
  return Number(require('node-abi').getAbi(electronVersion, 'electron'));
}

/** Everything wrong with one native module for the given Electron target; empty when it will load. */
export function nativeModuleProblems(file, binary, target) {
  const problems = [];
  const abi = moduleAbi(binary);
  const wanted = electronAbi(target.electronVersion);
  if (abi === null) problems.push(`${file}：读不出它的 NODE_MODULE_VERSION，无法确认能在 Electron 中加载`);
  else if (abi !== 'napi' && abi !== wanted) {
    problems.push(
      `${file}：按 ABI ${abi} 编译${abi === Number(process.versions.modules) ? '（即本机 Node）' : ''}，` +
        `Electron ${target.electronVersion} 需要 ABI ${wanted}`,
    );
  }
  const built = binaryTarget(binary);
  if (built.platform !== target.platform || built.arch !== target.arch) {
    problems.push(`${file}：是 ${built.platform}/${built.arch} 的程序，安装包却是 ${target.platform}/${target.arch}`);
  }
  return problems;
}

/** Throws one message listing every native module that would not load in the packaged app. */
export function assertNativeModules(files, target) {
  const problems = files.flatMap((file) => nativeModuleProblems(file, readFileSync(file), target));
  if (files.length === 0) problems.push('安装包里没有找到任何原生模块（better-sqlite3 应当在 app.asar.unpacked 中）');
  if (problems.length > 0) {
    throw new Error(
      [
        '原生模块与 Electron 不匹配，安装包不能用：',
        ...problems.map((problem) => `  - ${problem}`),
        '请在能取得 Electron 头文件的机器上打包（联网，或按 README“打包机器”一节使用内网镜像），',
        '并去掉 npm 配置里的 nodedir（npm config delete nodedir），让 electron-builder 按 Electron 重新编译 better-sqlite3。',
      ].join('\n'),
    );
  }
}

export function nativeModulesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.node'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

/** electron-builder's afterPack hook: checks the modules that were actually packed. */
export default async function afterPack(context) {
  const unpacked = join(context.packager.getResourcesDir(context.appOutDir), 'app.asar.unpacked');
  assertNativeModules(nativeModulesIn(unpacked), {
    electronVersion: context.packager.config.electronVersion,
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    options: { electron: { type: 'string' }, platform: { type: 'string' }, arch: { type: 'string' } },
    allowPositionals: true,
  });
  const files = positionals.length > 0 ? positionals : [require.resolve('better-sqlite3/build/Release/better_sqlite3.node')];
  try {
    assertNativeModules(files, {
      electronVersion: values.electron ?? require('electron/package.json').version,
      platform: values.platform ?? process.platform,
      arch: values.arch ?? process.arch,
    });
    console.log(`原生模块与 Electron 匹配：${files.join('、')}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
