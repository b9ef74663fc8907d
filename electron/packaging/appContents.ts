import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Provided by the Electron runtime itself, never packed. */
const RUNTIME_PROVIDED = new Set(['electron']);

const packageOf = (specifier: string): string => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);

/** The npm packages a bundle (built with esbuild's `packages: 'external'`) loads at run time. */
export function externalPackages(bundle: string): string[] {
  const specifiers = [...bundle.matchAll(/(?:(?<!["'])\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'.\s][^"'\s,]*)["']/g)].map((match) => match[1]);
  return [...new Set(specifiers.filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier)).map(packageOf))]
    .filter((name) => !RUNTIME_PROVIDED.has(name))
    .sort();
}

/** Package names present in an archive listing ("/node_modules/a/node_modules/@s/b/index.js" → a, @s/b). */
export function packagesInListing(entries: readonly string[]): string[] {
  const names = new Set<string>();
  for (const entry of entries) {
    const parts = entry.split(/[\\/]/).filter(Boolean);
    parts.forEach((part, index) => {
      const name = parts[index + 1];
      if (part !== 'node_modules' || !name) return;
      if (!name.startsWith('@')) names.add(name);
      else if (parts[index + 2] !== undefined) names.add(`${name}/${parts[index + 2]}`);
    });
  }
  return [...names].sort();
}

function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The packages `roots` need at run time, following dependencies and optional dependencies. */
export function runtimeClosure(roots: readonly string[], projectDir: string): string[] {
  const visited = new Set<string>();
  const names = new Set<string>();
  const visit = (name: string, from: string) => {
    const dir = packageDir(name, from);
    if (!dir || visited.has(dir)) return;
    visited.add(dir);
    names.add(name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dependency, dir);
  };
  roots.forEach((root) => visit(root, projectDir));
  return [...names].sort();
}
