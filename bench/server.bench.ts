// The team server on a real PostgreSQL (a throwaway cluster, as in the tests), over loopback HTTP:
// an authenticated request (session looked up in PostgreSQL) against a bare round trip through the
// same pool; 50 concurrent clients each making 100 authenticated requests; a login (scrypt, 32 MB);
// and the server's memory; pushing one revision of a 30,000-character letter (the draft's payload with
// that one new revision) and reading the acknowledgement; 50 clients each pushing 100 revisions.
import { performance } from 'node:perf_hooks';
import { startPgCluster } from '../server/testing/pgCluster';
import { randomUUID } from 'node:crypto';
import { payload, revision } from '../server/testing/drafts';
import { addUser, call, runningServer } from '../server/testing/testServer';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const RUNS = Number(process.env.SERVER_BENCH_RUNS ?? 300);
const CLIENTS = 50;
const PER_CLIENT = 100;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function run(): Promise<BenchReport> {
  const cluster = await startPgCluster();
  const { server, pg, stop } = await runningServer(cluster, { poolSize: 20 });
  try {
    await addUser(pg, '王晶', 'drafter', 'correct horse 1');
    const logins: number[] = [];
    let token = '';
    for (let i = 0; i < 5; i++) {
      logins.push(
        await timed(
          async () => (token = String((await call(server.url, 'POST', '/api/v1/login', { body: { user: '王晶', password: 'correct horse 1' } })).body.token)),
        ),
      );
    }
    const bare: number[] = [];
    const authed: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await timed(() => server.pool.query('SELECT 1')));
      authed.push(await timed(() => call(server.url, 'GET', '/api/v1/me', { token })));
    }
    const concurrent: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = 0; i < PER_CLIENT; i++) concurrent.push(await timed(() => call(server.url, 'GET', '/api/v1/me', { token })));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // One revision of a 30,000-character letter at a time, each on the one before (as autosave cuts them).
    const letter = (n: number) => `${'关于加快发展夜间经济的提案答复。'.repeat(1875)}${n}`;
    const pushOne: number[] = [];
    const pushBare: number[] = [];
    const draftId = randomUUID();
    let previous = revision(letter(0));
    await call(server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: payload(draftId, [previous]) } });
    for (let i = 1; i <= Math.min(RUNS, 100); i++) {
      const next = revision(letter(i), [previous.id], new Date(Date.UTC(2026, 4, 10, 0, 0, i)).toISOString());
      pushBare.push(await timed(() => server.pool.query('SELECT 1')));
      const took = await timed(async () => {
        const reply = await call(server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: payload(draftId, [next]) } });
        if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
      });
      pushOne.push(took);
      previous = next;
    }
    const pushes: number[] = [];
    const pushStart = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const own = randomUUID();
        let last = revision(`第${client}位的信`);
        await call(server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: payload(own, [last]) } });
        for (let i = 0; i < PER_CLIENT; i++) {
          const next = revision(`第${client}位的信，第${i}稿`, [last.id]);
          pushes.push(await timed(() => call(server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: payload(own, [next]) } })));
          last = next;
        }
      }),
    );
    const pushSeconds = (performance.now() - pushStart) / 1000;
    const memory = process.memoryUsage();
    const p95 = (values: number[]) => round(percentile(values, 95));
    return {
      name: 'team server (PostgreSQL, loopback HTTP)',
      rows: [
        { case: 'bare SELECT 1 through the pool', p50: round(percentile(bare, 50)), p95: p95(bare) },
        {
          case: 'authenticated request (session in PostgreSQL)',
          p50: round(percentile(authed, 50)),
          p95: p95(authed),
          ratio: round(percentile(authed, 95) / percentile(bare, 95)),
        },
        {
          case: `${CLIENTS} clients × ${PER_CLIENT} authenticated requests`,
          p50: round(percentile(concurrent, 50)),
          p95: p95(concurrent),
          perSecond: Math.round(concurrent.length / seconds),
        },
        {
          case: 'push one revision of a 30,000-character letter',
          p50: round(percentile(pushOne, 50)),
          p95: p95(pushOne),
          ratio: round(percentile(pushOne, 95) / percentile(pushBare, 95)),
        },
        {
          case: `${CLIENTS} clients × ${PER_CLIENT} revision pushes`,
          p50: round(percentile(pushes, 50)),
          p95: p95(pushes),
          perSecond: Math.round(pushes.length / pushSeconds),
        },
        { case: 'login (scrypt N=2^15, r=8)', p50: round(percentile(logins, 50)), p95: p95(logins) },
        { case: 'memory of this process (server + clients)', rssMB: round(memory.rss / 2 ** 20), heapMB: round(memory.heapUsed / 2 ** 20) },
      ],
      notes: [
        'Times in ms. The server runs in this process (the clients too), so the memory row is an upper bound for the server.',
        'Goals (issue 21): one 30,000-character push p95 ≤ 30 ms on loopback; 50 clients × 100 pushes p95 ≤ 200 ms. A push sends one new revision and its draft; the server checks its hash, plans by shared/merge and replays the review log.',
      ],
    };
  } finally {
    await stop();
    cluster.stop();
  }
}
