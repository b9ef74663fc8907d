import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { appRoot } from '../app/paths';
import { readSnapshot, snapshotHash } from '../services/revisions/graph/revisionStore';
import { integrityProblems } from '../db/integrity';
import { openDatabase } from '../db/open';

/**
 * Test support: bundles the crash writer once (Node starts a bundle far faster than TypeScript
 * through a loader) inside the repo, so that it finds the templates and its npm packages.
 */
export async function bundleCrashWriter(): Promise<string> {
  const outDir = join(appRoot(), 'node_modules', '.cache', 'dafu-stress');
  mkdirSync(outDir, { recursive: true });
  // One file per build: tests running side by side never replace each other's writer mid-run.
  const outfile = join(outDir, `crashWriter-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [join(appRoot(), 'electron', 'testing', 'crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export interface Writer {
  child: ChildProcess;
  /** Revision id → hash, every revision the writer reported as committed. */
  reported: Map<string, string>;
  ready: Promise<void>;
  exited: Promise<void>;
}

export function startWriter(script: string, databaseFile: string, seed: number): Writer {
  const child = spawn(process.execPath, [script, databaseFile, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const reported = new Map<string, string>();
  let pending = '';
  let stderr = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') markReady();
      else {
        const [id, hash] = line.split(' ');
        reported.set(id, hash);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve, reject) => {
    // 'close', not 'exit': only then has every line the child wrote been read.
    child.on('close', (code, signal) => {
      markReady();
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited with ${code ?? signal}: ${stderr.slice(0, 2000)}`));
    });
  });
  exited.catch(() => {});
  return { child, reported, ready, exited };
}

export interface CrashLoopResult {
  kills: number;
  revisionsReported: number;
  integrityFailures: number;
  missingOrChanged: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the writer, kills it with SIGKILL 0–50 ms after its first save, and after each kill reopens the
 * store: SQLite's integrity check must pass and every revision reported so far must read back with
 * its hash.
 */
export async function runCrashLoop(
  script: string,
  databaseFile: string,
  kills: number,
  random: () => number,
  onKill: (result: CrashLoopResult) => void = () => {},
): Promise<CrashLoopResult> {
  const everything = new Map<string, string>();
  const result: CrashLoopResult = { kills: 0, revisionsReported: 0, integrityFailures: 0, missingOrChanged: [] };
  for (let i = 0; i < kills; i++) {
    const writer = startWriter(script, databaseFile, i + 1);
    await writer.ready;
    // Kill while saves are under way: after the first one of this round, 0–50 ms later.
    for (let waited = 0; writer.reported.size === 0 && waited < 20_000; waited += 5) await sleep(5);
    await sleep(Math.floor(random() * 50));
    writer.child.kill('SIGKILL');
    await writer.exited;
    result.kills += 1;
    const db = openDatabase(databaseFile);
    try {
      if (integrityProblems(db).length > 0) result.integrityFailures += 1;
      for (const [id, hash] of writer.reported) {
        everything.set(id, hash);
        const found = (() => {
          try {
            return snapshotHash(readSnapshot(db, id));
          } catch {
            return undefined;
          }
        })();
        if (found !== hash) result.missingOrChanged.push(id);
      }
    } finally {
      db.close();
    }
    result.revisionsReported = everything.size;
    onKill(result);
  }
  const db = openDatabase(databaseFile);
  try {
    const stored = new Map((db.prepare('SELECT id, hash FROM revisions').all() as { id: string; hash: string }[]).map((row) => [row.id, row.hash]));
    for (const [id, hash] of everything) if (stored.get(id) !== hash) result.missingOrChanged.push(id);
  } finally {
    db.close();
  }
  return result;
}
