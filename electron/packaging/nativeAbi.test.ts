import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import afterPack, { binaryTarget, electronAbi, moduleAbi, nativeModuleProblems } from '../tools/checkNativeAbi.mjs';

const require = createRequire(import.meta.url);
const sqliteBinary = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
const electronVersion: string = require('electron/package.json').version;
const here = { electronVersion, platform: process.platform, arch: process.arch };

function elf(machine: number, symbol: string): Buffer {
  const header = Buffer.alloc(64);
  header.writeUInt32BE(0x7f454c46, 0);
  header.writeUInt16LE(machine, 18);
  return Buffer.concat([header, Buffer.from(`\0${symbol}\0`, 'latin1')]);
}

function pe(machine: number, symbol: string): Buffer {
  const header = Buffer.alloc(256);
  header.write('MZ', 0, 'latin1');
  header.writeUInt32LE(0x80, 0x3c);
  header.write('PE\0\0', 0x80, 'latin1');
  header.writeUInt16LE(machine, 0x84);
  return Buffer.concat([header, Buffer.from(`\0${symbol}\0`, 'latin1')]);
}

describe('the native module check', () => {
  it('refuses this machine’s better-sqlite3, which was built for plain Node', () => {
    const binary = readFileSync(sqliteBinary);
    expect(moduleAbi(binary)).toBe(Number(process.versions.modules));
    const problems = nativeModuleProblems(sqliteBinary, binary, here);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`Electron ${electronVersion} 需要 ABI ${electronAbi(electronVersion)}`);
  });

  it('accepts a module built for Electron’s ABI on the right system and processor', () => {
    const abi = electronAbi(electronVersion);
    expect(abi).not.toBe(Number(process.versions.modules));
    const target = { electronVersion, platform: 'linux', arch: 'arm64' };
    expect(nativeModuleProblems('m.node', elf(183, `node_register_module_v${abi}`), target)).toEqual([]);
    expect(nativeModuleProblems('m.node', elf(183, 'napi_register_module_v1'), target)).toEqual([]);
  });

  it('catches a module for the wrong processor or system', () => {
    const symbol = `node_register_module_v${electronAbi(electronVersion)}`;
    expect(binaryTarget(pe(0xaa64, symbol))).toEqual({ platform: 'win32', arch: 'arm64' });
    expect(nativeModuleProblems('m.node', elf(62, symbol), { electronVersion, platform: 'linux', arch: 'arm64' })).toEqual([
      'm.node：是 linux/x64 的程序，安装包却是 linux/arm64',
    ]);
    expect(nativeModuleProblems('m.node', elf(62, symbol), { electronVersion, platform: 'win32', arch: 'x64' })).toHaveLength(1);
  });

  it('fails packaging loudly from the afterPack hook', async () => {
    const appOutDir = mkdtempSync(join(tmpdir(), 'dafu-afterpack-'));
    const release = join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release');
    mkdirSync(release, { recursive: true });
    copyFileSync(sqliteBinary, join(release, 'better_sqlite3.node'));
    const context = {
      appOutDir,
      electronPlatformName: process.platform,
      arch: process.arch === 'arm64' ? 3 : 1,
      packager: { config: { electronVersion }, getResourcesDir: (dir: string) => join(dir, 'resources') },
    };
    await expect(afterPack(context)).rejects.toThrow(/原生模块与 Electron 不匹配[\s\S]*better_sqlite3\.node：按 ABI \d+ 编译（即本机 Node）/);
  });
});
