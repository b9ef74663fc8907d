// A new PC's first sync (issue 22): the team server holds 1,000 drafts × 20 revisions, each draft with
// its case; a PC that has just logged in pulls them all (`dafu sync`). The baseline, in the same run,
// is applying the very same payloads straight to a fresh store as the sync does, so the ratio
// says what the server, the wire and the paging add to the local work any PC must do. Goal: ≤ 15 s.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { canonicalJson } from '../shared/model/canonicalJson';
import type { PackageRevision, Payload } from '../shared/review/packageFormat';
import { dafu } from '../electron/testing/cliSuite';
import { prepareArrival } from '../electron/services/packages/arrivedPayload';
import { applyArrived } from '../electron/services/packages/packageImport';
import { sampleCase } from '../electron/testing/hostile/packageBuilder';
import { editLetter, makeLetter, seededRandom } from '../electron/testing/sampleLetters';
import { makeTestContext } from '../electron/testing/testContext';
import { startPgCluster } from '../server/testing/pgCluster';
import { payload } from '../server/testing/drafts';
import { addUser, call, runningServer } from '../server/testing/testServer';
import type { BenchReport } from './run';
import { round } from './stats';

const DRAFTS = Number(process.env.FIRST_SYNC_DRAFTS ?? 1000);
const REVISIONS = 20;
const CHARS = 3000;
const PUSHERS = 8;

function draftPayload(n: number): Payload {
  const random = seededRandom(n + 1);
  let content = makeLetter(CHARS, n + 1);
  const revisions: PackageRevision[] = [];
  for (let i = 0; i < REVISIONS; i++) {
    if (i > 0) content = editLetter(content, random);
    const hash = createHash('sha256')
      .update(canonicalJson({ content, fields: {} }))
      .digest('hex');
    const time = new Date(Date.UTC(2026, 4, 10, 0, 0, n * REVISIONS + i)).toISOString();
    const chars = content.blocks.reduce((sum, block) => sum + block.inlines.reduce((s, inline) => s + (inline.t === 'text' ? inline.text.length : 0), 0), 0);
    revisions.push({
      id: randomUUID(),
      parents: revisions.length ? [revisions.at(-1)!.id] : [],
      kind: 'auto',
      author: '王晶',
      time,
      note: null,
      chars,
      hash,
      content,
      fields: {},
    });
  }
  return { ...payload(randomUUID(), revisions), case: sampleCase(randomUUID()) };
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function cli(argv: string[], stdin = ''): Promise<string> {
  const result = await dafu(argv, stdin);
  if (result.code !== 0) throw new Error(`dafu ${argv[0]}: ${result.err}`);
  return result.out;
}

export async function run(): Promise<BenchReport> {
  const payloads = Array.from({ length: DRAFTS }, (_, n) => draftPayload(n));
  const dir = mkdtempSync(join(tmpdir(), 'dafu-first-sync-'));
  // The baseline: the same payloads applied to a fresh store, one transaction per draft, as sync does.
  const local = makeTestContext(join(dir, 'local.sqlite3'));
  const localCpu = process.cpuUsage();
  const localStart = performance.now();
  for (const one of payloads) {
    const arrived = prepareArrival(one);
    local.ctx.db.transaction(() => applyArrived(local.ctx, arrived))();
  }
  const localSeconds = (performance.now() - localStart) / 1000;
  const localCpuSeconds = cpuSeconds(localCpu);
  local.ctx.db.close();

  const cluster = await startPgCluster();
  const { server, pg, stop } = await runningServer(cluster, { poolSize: 20 });
  try {
    await addUser(pg, '王晶', 'drafter', 'correct horse 1', '综合科');
    const token = String((await call(server.url, 'POST', '/api/v1/login', { body: { user: '王晶', password: 'correct horse 1' } })).body.token);
    const pushStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: PUSHERS }, async () => {
        while (next < payloads.length) {
          const reply = await call(server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: payloads[next++] } });
          if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
        }
      }),
    );
    const pushSeconds = (performance.now() - pushStart) / 1000;

    // The new PC: its user, a login, and the first sync, timed.
    const db = join(dir, 'pc', 'dafu.sqlite3');
    await cli(['user', '--name', '王晶', '--unit', '综合科', '--role', '起草', '--db', db]);
    await cli(['login', server.url, '--user', '王晶', '--password-stdin', '--db', db], 'correct horse 1\n');
    const syncCpu = process.cpuUsage();
    const syncStart = performance.now();
    const report = JSON.parse(await cli(['sync', '--json', '--db', db])) as { down: { drafts: number; revisions: number } };
    const syncSeconds = (performance.now() - syncStart) / 1000;
    const syncCpuSeconds = cpuSeconds(syncCpu);
    if (report.down.drafts !== DRAFTS) throw new Error(`the first sync brought ${report.down.drafts} drafts, not ${DRAFTS}`);
    return {
      name: `a new PC's first sync (${DRAFTS} drafts × ${REVISIONS} revisions with their cases)`,
      rows: [
        { case: 'apply the payloads to a fresh store (baseline)', seconds: round(localSeconds), 'cpu s': round(localCpuSeconds) },
        {
          case: 'first sync: pull from the server and apply',
          seconds: round(syncSeconds),
          ratio: round(syncSeconds / localSeconds),
          'cpu s': round(syncCpuSeconds),
          'cpu ratio': round(syncCpuSeconds / localCpuSeconds),
          goal: '≤ 15 s',
        },
        { case: `setup: ${PUSHERS} clients push them to the server`, seconds: round(pushSeconds) },
      ],
      notes: [
        `Each revision is a whole letter of about ${CHARS} characters; the server and the PC run in this process, on a throwaway PostgreSQL cluster.`,
        "cpu s: this process's CPU time (the PC and the server, not PostgreSQL), steadier than wall time on a loaded machine.",
      ],
    };
  } finally {
    await stop();
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
