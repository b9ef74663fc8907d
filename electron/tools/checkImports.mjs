// `npm run lint`, after eslint: one dependency-cruiser run over the project, checked against the rules
// of .config/dependency-cruiser.cjs (no cycles between files; what services, db and shellLogic may
// import), then collapsed to folders: no cycles between folders either. Exit 1 names every offence.
//
//   node electron/tools/checkImports.mjs            cruise the project, check both
//   node electron/tools/checkImports.mjs FILE.json  check folders only, in a saved `depcruise -T json` result
//
// A folder is the directory a file sits in (electron/services and electron/services/drafts are two).
// Test files (*.test.ts, *.stress.ts, *.spec.ts) stay out of the folder graph: nothing imports them, and
// a test that reaches test support which reaches the code under test is no knot in the design.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROOTS = ['shared', 'electron', 'renderer', 'bench', 'e2e', 'server'];
const PROJECT_FILE = new RegExp(`^(${ROOTS.join('|')})/`);
const TEST_FILE = /\.(test|stress|spec)\.tsx?$/;

/** Folder → folder → the file imports that make that edge. */
export function folderGraph(modules) {
  const edges = new Map();
  for (const module of modules) {
    if (!PROJECT_FILE.test(module.source) || TEST_FILE.test(module.source)) continue;
    for (const dependency of module.dependencies) {
      if (dependency.couldNotResolve || !PROJECT_FILE.test(dependency.resolved)) continue;
      const from = dirname(module.source);
      const to = dirname(dependency.resolved);
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const imports = edges.get(from).get(to) ?? [];
      imports.push(`${module.source} → ${dependency.resolved}${dependency.dependencyTypes.includes('type-only') ? ' (type)' : ''}`);
      edges.get(from).set(to, imports);
    }
  }
  return edges;
}

/** The strongly connected groups of two or more folders (Tarjan), each sorted, in a stable order. */
export function folderKnots(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const knots = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder));
    stack.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder), low.get(next)));
      } else if (stack.includes(next)) low.set(folder, Math.min(low.get(folder), index.get(next)));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const knot = stack.splice(stack.indexOf(folder));
    if (knot.length > 1) knots.push(knot.sort());
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) visit(folder);
  return knots.sort((a, b) => a[0].localeCompare(b[0]));
}

/** One shortest way round the knot from its first folder, for the message. */
function shortestCycle(knot, edges) {
  const inKnot = new Set(knot);
  const previous = new Map([[knot[0], null]]);
  const queue = [knot[0]];
  while (queue.length > 0) {
    const folder = queue.shift();
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (next === knot[0]) {
        const path = [folder];
        while (previous.get(path[0])) path.unshift(previous.get(path[0]));
        return [...path, knot[0]];
      }
      if (inKnot.has(next) && !previous.has(next)) {
        previous.set(next, folder);
        queue.push(next);
      }
    }
  }
  return knot;
}

export function describeKnots(knots, edges) {
  return knots.map((knot) => {
    const lines = [`  error no-folder-cycle: ${shortestCycle(knot, edges).join(' → ')}`];
    if (knot.length > 2) lines.push(`      folders in this knot: ${knot.join(', ')}`);
    for (const from of knot) {
      for (const [to, imports] of [...(edges.get(from) ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
        if (!knot.includes(to)) continue;
        lines.push(`      ${from} → ${to}: ${imports[0]}${imports.length > 1 ? ` (+${imports.length - 1} more)` : ''}`);
      }
    }
    return lines.join('\n');
  });
}

async function main(args) {
  let modules;
  let failed = false;
  if (args[0]) {
    modules = JSON.parse(readFileSync(args[0], 'utf8')).modules;
  } else {
    process.chdir(root);
    const options = await extractDepcruiseOptions('./.config/dependency-cruiser.cjs');
    const { output } = await cruise(
      ROOTS.filter((folder) => existsSync(folder)),
      { ...options, outputType: 'json' },
    );
    const result = JSON.parse(output);
    modules = result.modules;
    if (result.summary.error > 0) {
      process.stdout.write((await format(result, { outputType: 'err' })).output);
      failed = true;
    }
  }
  const edges = folderGraph(modules);
  const knots = folderKnots(edges);
  if (knots.length > 0) {
    console.log(`\n${describeKnots(knots, edges).join('\n\n')}\n\nx ${knots.length} folder cycles: move files so each folder's imports point one way.\n`);
    failed = true;
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
