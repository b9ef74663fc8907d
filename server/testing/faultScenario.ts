import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import type { PackageRevision, ReviewEvent } from '../../shared/review/packageFormat';
import { sm2Port } from '../../shared/signing/sm2';
import { makeBureau } from '../../shared/trust/bureauFixture';
import { replayLog } from '../../shared/trust/replay';
import { certifyIntoList, readKeyList, unlockRoot } from '../keys/rootFolder';
import { payload, reviewStep, revision } from './drafts';
import type { PgCluster } from './pgCluster';
import { freeLoopbackPort, kill9, spawnServer } from './serverProcess';
import { addUser, call, initialisedServer, ROOT_PIN, sessionToken } from './testServer';

/**
 * Convergence under faults, server side: three PCs (each an in-memory holder of revisions and events,
 * not yet a desktop store: the desktop's sync client is not built) edit two drafts at random, go
 * offline at random, and push/pull through a server process that is SIGKILLed mid-push; PostgreSQL is
 * crashed too. At the end every PC and the server hold the same revisions and events, nothing
 * acknowledged is lost, nothing is duplicated, and every event still verifies.
 */
interface Pc {
  name: string;
  online: boolean;
  revisions: Map<string, Map<string, PackageRevision>>;
  heads: Map<string, string>;
  events: Map<string, ReviewEvent[]>;
  acknowledged: Set<string>;
}

export async function runFaultScenario(cluster: PgCluster, rounds: number): Promise<void> {
  const setup = await initialisedServer(cluster);
  const bureau = makeBureau();
  const root = unlockRoot(setup.keysDir, ROOT_PIN);
  certifyIntoList(setup.keysDir, root, bureau.entry(bureau.people.drafter), new Date());
  await addUser(setup.pg, '王晶', 'drafter', 'correct horse 1');
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  let server: ChildProcess = await spawnServer(setup.pg, port);
  const login = () => sessionToken(url, '王晶', 'correct horse 1');
  let token = await login();
  let seed = 21;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const drafts = [randomUUID(), randomUUID()];
  const base = new Map(drafts.map((id) => [id, revision(`草稿 ${id} 的初稿`)]));
  const pcs: Pc[] = ['甲', '乙', '丙'].map((name) => ({
    name,
    online: true,
    revisions: new Map(drafts.map((id) => [id, new Map([[base.get(id)!.id, base.get(id)!]])])),
    heads: new Map(drafts.map((id) => [id, base.get(id)!.id])),
    events: new Map(drafts.map((id) => [id, []])),
    acknowledged: new Set(),
  }));
  const trials = { pushes: 0, acknowledged: 0, failed: 0, serverKills: 0, postgresCrashes: 0 };

  const sync = async (pc: Pc, killDuring = false) => {
    for (const draftId of drafts) {
      const held = [...pc.revisions.get(draftId)!.values()];
      const head = pc.revisions.get(draftId)!.get(pc.heads.get(draftId)!)!;
      trials.pushes++;
      const pushing = call(url, 'POST', '/api/v1/sync/push', {
        token,
        body: { format: 1, payload: payload(draftId, held, pc.events.get(draftId)!, head) },
      }).catch(() => null);
      if (killDuring) {
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 12)));
        await kill9(server);
        trials.serverKills++;
      }
      const reply = await pushing;
      if (reply?.status === 200) {
        trials.acknowledged++;
        held.forEach((r) => pc.acknowledged.add(r.id));
        pc.events.get(draftId)!.forEach((e) => pc.acknowledged.add(e.id));
      } else {
        trials.failed++;
        if (reply && reply.status !== 200) throw new Error(`refused: ${JSON.stringify(reply.body)}`);
      }
      if (killDuring) {
        server = await spawnServer(setup.pg, port);
        return;
      }
    }
    const pulled = await call(url, 'GET', '/api/v1/sync/pull?after=0', { token });
    for (const draft of (pulled.body.drafts ?? []) as ReturnType<typeof payload>[]) {
      for (const r of draft.revisions) pc.revisions.get(draft.draft.id)!.set(r.id, r);
      const mine = pc.events.get(draft.draft.id)!;
      for (const e of draft.reviewLog) if (!mine.some((m) => m.id === e.id)) mine.push(e);
    }
  };

  try {
    for (let round = 0; round < rounds; round++) {
      const pc = pcs[Math.floor(random() * pcs.length)];
      if (random() < 0.2) pc.online = !pc.online;
      const draftId = drafts[Math.floor(random() * drafts.length)];
      for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
        const next = revision(`${pc.name} 第 ${round} 轮 ${n}`, [pc.heads.get(draftId)!], new Date(Date.UTC(2026, 4, 10, 0, round, n)).toISOString());
        pc.revisions.get(draftId)!.set(next.id, next);
        pc.heads.set(draftId, next.id);
      }
      // 甲 submits its first draft once, while online: a signed event that must survive everything.
      if (pc.name === '甲' && round > 3 && pc.events.get(drafts[0])!.length === 0 && pc.online) {
        const on = pc.revisions.get(drafts[0])!.get(pc.heads.get(drafts[0])!)!;
        pc.events
          .get(drafts[0])!
          .push(reviewStep(drafts[0], on, bureau.people.drafter, 'submit', 'drafting', null, new Date(Date.UTC(2026, 4, 11, 0, round)).toISOString()));
      }
      if (!pc.online) continue;
      if (round % 9 === 4) {
        await sync(pc, true);
        token = await login();
      } else if (round % 17 === 10) {
        cluster.crashAndRestart();
        trials.postgresCrashes++;
        await sync(pc).catch(() => trials.failed++);
        token = await login();
      } else {
        await sync(pc);
      }
    }
    // Everyone comes online and syncs twice: the first round trip carries up, the second down.
    for (const pc of pcs) pc.online = true;
    for (let pass = 0; pass < 2; pass++) for (const pc of pcs) await sync(pc);

    const server = (await call(url, 'GET', '/api/v1/sync/pull?after=0', { token })).body.drafts as ReturnType<typeof payload>[];
    const list = readKeyList(setup.keysDir).body;
    for (const draft of server) {
      const ids = draft.revisions.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const pc of pcs) {
        expect([...pc.revisions.get(draft.draft.id)!.keys()].sort()).toEqual([...ids].sort());
        expect(
          pc.events
            .get(draft.draft.id)!
            .map((e) => e.id)
            .sort(),
        ).toEqual(draft.reviewLog.map((e) => e.id).sort());
      }
      const replay = replayLog(
        draft.reviewLog,
        { draftId: draft.draft.id, revisionHashes: new Map(draft.revisions.map((r) => [r.id, r.hash])), firstSeen: new Map(), madeHere: new Set() },
        { list, localKeys: new Map(), deviceId: 'check' },
        sm2Port,
      );
      expect(replay.counted).toHaveLength(draft.reviewLog.length);
    }
    const onServer = new Set(server.flatMap((d) => [...d.revisions.map((r) => r.id), ...d.reviewLog.map((e) => e.id)]));
    const lost = pcs.flatMap((pc) => [...pc.acknowledged].filter((id) => !onServer.has(id)));
    expect(lost).toEqual([]);
    expect(trials.serverKills).toBeGreaterThan(0);
    console.log(
      `faults: ${JSON.stringify(trials)}, revisions ${server.reduce((n, d) => n + d.revisions.length, 0)}, events ${server.reduce((n, d) => n + d.reviewLog.length, 0)}`,
    );
  } finally {
    await kill9(server);
    setup.cleanup();
  }
}
