import { listPackage } from '@electron/asar';
import { Arch, Platform, build } from 'electron-builder';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appRoot } from '../app/paths';
import { externalPackages, packagesInListing, runtimeClosure } from './appContents';

const root = appRoot();
const work = mkdtempSync(join(tmpdir(), 'dafu-pack-'));
const bundles = ['dist/main.js', 'dist/cli.js'];

/**
 * Packs the real electron-builder.yml for Linux as a folder (`--dir`), as far as this machine allows:
 * - electronDist is a stand-in folder, since Electron's binary cannot be downloaded here;
 * - electronFuses is turned off, since a stand-in binary has no fuses to flip (fuses.test.ts checks the values);
 * - npmRebuild and the afterPack ABI check are off, since Electron's headers cannot be had here
 *   (nativeAbi.test.ts shows the check refusing this machine's better-sqlite3).
 */
async function packForLinux(): Promise<string> {
  const fakeElectron = join(work, 'electron-dist');
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true });
  mkdirSync(join(fakeElectron, 'locales'));
  for (const locale of ['en-US', 'zh-CN', 'fr']) writeFileSync(join(fakeElectron, 'locales', `${locale}.pak`), '');
  writeFileSync(join(fakeElectron, 'electron'), '#!/bin/sh\n');
  chmodSync(join(fakeElectron, 'electron'), 0o755);
  // electron-builder narrates every step on stdout; keep it for the failure message only.
  const narration: string[] = [];
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => narration.push(String(chunk)) > 0);
  try {
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: { electronDist: fakeElectron, electronFuses: null, npmRebuild: false, afterPack: null, directories: { output: join(work, 'out') } },
    });
  } catch (error) {
    throw new Error(`electron-builder failed: ${error instanceof Error ? error.message : String(error)}\n${narration.join('')}`);
  } finally {
    quiet.mockRestore();
  }
  return join(work, 'out', 'linux-unpacked');
}

describe('the packaged app', () => {
  let appOutDir: string;
  let entries: string[];

  beforeAll(async () => {
    for (const bundle of bundles) {
      if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: run npm run build first`);
    }
    appOutDir = await packForLinux();
    entries = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false });
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built app and nothing of the source tree', () => {
    const outsideModules = entries.filter((entry) => !entry.startsWith('/node_modules'));
    const topLevel = new Set(outsideModules.map((entry) => entry.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['dist', 'package.json', 'resources']);
    for (const needed of ['/dist/main.js', '/dist/cli.js', '/dist/preload.cjs', '/dist/renderer/index.html', '/package.json']) {
      expect(entries).toContain(needed);
    }
    expect(outsideModules.filter((entry) => /\.(tsx?|map)$|\.test\.|\.spec\./.test(entry))).toEqual([]);
    expect(outsideModules.filter((entry) => entry.startsWith('/resources/icons'))).toEqual([]);
    expect(outsideModules.some((entry) => entry.startsWith('/resources/templates/'))).toBe(true);
  });

  it('holds the packages the bundles load, and nothing that is not a production dependency', () => {
    const loaded = [...new Set(bundles.flatMap((bundle) => externalPackages(readFileSync(join(root, bundle), 'utf8'))))];
    const packed = packagesInListing(entries);
    expect(loaded.filter((name) => !packed.includes(name))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const production = runtimeClosure(Object.keys(manifest.dependencies), root);
    expect(packed.filter((name) => !production.includes(name))).toEqual([]);
  });

  it('leaves out the libraries vite already bundled into the renderer', () => {
    const packed = packagesInListing(entries);
    expect(packed.filter((name) => /^(react|react-dom|scheduler|lexical|@lexical\/.*)$/.test(name))).toEqual([]);
  });

  it('keeps only the Chinese and English Chromium locales', () => {
    expect(readdirSync(join(appOutDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });

  it('unpacks better-sqlite3’s compiled module and leaves its C sources out', () => {
    const sqlite = join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(existsSync(join(sqlite, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    const sqliteEntries = entries.filter((entry) => entry.startsWith('/node_modules/better-sqlite3/'));
    expect(sqliteEntries.filter((entry) => /\.(c|cc|cpp|h|hpp|gyp|mk)$|\/obj(\.target)?\//.test(entry))).toEqual([]);
    expect(sqliteEntries.filter((entry) => entry.endsWith('.node'))).toEqual(['/node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
  });
});
