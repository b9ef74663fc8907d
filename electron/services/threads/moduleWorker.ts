import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** tsx's ESM register hook, found through its package's exports (only needed when running from the sources). */
function tsxRegisterUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return new URL(exports['./esm/api'].import.default, pathToFileURL(manifest)).href;
}

/**
 * Starts a worker thread on a script that sits next to the code asking for it. Built, the script is
 * its own bundle beside dist/cli.js and dist/main.js (electron/tools/build.mjs); run from the sources
 * (vitest, tsx) only the TypeScript file exists, and it is loaded through tsx.
 */
export function startModuleWorker(bundled: URL, options: WorkerOptions = {}): Worker {
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled, options);
  const source = new URL(bundled.href.replace(/\.js$/, '.ts'));
  const boot = `import(${JSON.stringify(tsxRegisterUrl())}).then((api) => { api.register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
