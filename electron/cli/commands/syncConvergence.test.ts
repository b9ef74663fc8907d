import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { startPgCluster, type PgCluster } from '../../../server/testing/pgCluster';
import { freeLoopbackPort, kill9, spawnServer } from '../../../server/testing/serverProcess';
import { addUser, initialisedServer } from '../../../server/testing/testServer';
import { startCliServices } from '../common/cliServices';
import { runCli } from '../run';

/**
 * Three real desktop stores (SQLite files behind the real services and CLI) edit one letter at
 * random, go offline at random and sync through a server process that is SIGKILLed mid-sync. At the
 * end every store and the server hold the same revisions and review events, and nothing a sync
 * reported as sent is lost.
 */
const ROUNDS = Number(process.env.DAFU_CONVERGENCE_ROUNDS ?? 24);

let cluster: PgCluster;
let dir: string;
beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'dafu-converge-'));
  process.env.DAFU_PIN = '246813-pin';
}, 60_000);
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.DAFU_PIN;
});

async function dafu(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stopSignal: new Promise(() => undefined),
    readStdin: async () => stdin,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Types a paragraph into the draft on this PC, as the editor's autosave would. */
async function type(db: string, draftId: string, text: string) {
  const services = startCliServices(db);
  try {
    const got = await services.dispatch('drafts.get', { draftId });
    if (!got.ok) throw new Error(got.error.message);
    const draft = got.value as { base: string; content: LetterDocument; fields: Record<string, string> };
    const content: LetterDocument = { ...draft.content, blocks: [...draft.content.blocks, { role: 'body', inlines: [{ t: 'text', text }] }] };
    const saved = await services.dispatch('drafts.save', { draftId, base: draft.base, content, fields: draft.fields });
    if (!saved.ok) throw new Error(saved.error.message);
    const cut = await services.dispatch('revisions.checkpoint', { draftId, note: text });
    if (!cut.ok) throw new Error(cut.error.message);
  } finally {
    services.close();
  }
}

const revisionIds = async (db: string, draftId: string) =>
  (JSON.parse((await dafu(['history', draftId, '--json', '--db', db])).out) as { id: string }[]).map((r) => r.id).sort();

describe('convergence of three desktop stores through a server that crashes', () => {
  it(`${ROUNDS} rounds of random edits and offline spells, with SIGKILLs mid-sync: identical histories everywhere`, async () => {
    const setup = await initialisedServer(cluster);
    const port = await freeLoopbackPort();
    const url = `http://127.0.0.1:${port}`;
    let server: ChildProcess = await spawnServer(setup.pg, port, { DAFU_PIN: 'root-pin-8421' });
    const people = [
      { login: '王晶', role: 'drafter', role_cn: '起草' },
      { login: '李科长', role: 'reviewer', role_cn: '审核' },
      { login: '赵敏', role: 'drafter', role_cn: '起草' },
    ];
    const pcs: { login: string; role: string; role_cn: string; db: string; online: boolean; sent: Set<string> }[] = [];
    try {
      for (const person of people) {
        const code = await addUser(setup.pg, person.login, person.role, 'correct horse 1', '综合科');
        const db = join(dir, person.login, 'dafu.sqlite3');
        expect((await dafu(['user', '--name', person.login, '--unit', '综合科', '--role', person.role_cn, '--db', db])).code).toBe(0);
        const login = await dafu(['login', url, '--user', person.login, '--password-stdin', '--enrol', code, '--db', db], 'correct horse 1');
        expect(login.err).toBe('');
        pcs.push({ ...person, db, online: true, sent: new Set<string>() });
      }
      const letter = join(dir, 'letter.txt');
      writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的提案收悉。\n');
      const draftId = (JSON.parse((await dafu(['import', letter, '--db', pcs[0].db, '--json'])).out) as { id: string }).id;
      expect((await dafu(['sync', '--db', pcs[0].db])).code).toBe(0);
      for (const pc of pcs.slice(1)) expect((await dafu(['sync', '--db', pc.db])).code).toBe(0);

      let seed = 7;
      const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const trials = { edits: 0, syncs: 0, killed: 0, offlineSpells: 0 };
      const sync = async (pc: (typeof pcs)[number]) => {
        const before = await revisionIds(pc.db, draftId);
        const result = await dafu(['sync', '--db', pc.db]);
        trials.syncs++;
        if (result.code === 0) before.forEach((id) => pc.sent.add(id));
        return result;
      };
      for (let round = 0; round < ROUNDS; round++) {
        const pc = pcs[Math.floor(random() * pcs.length)];
        if (random() < 0.25) {
          pc.online = !pc.online;
          trials.offlineSpells++;
        }
        await type(pc.db, draftId, `${pc.login} 第 ${round} 轮补充的一段。`);
        trials.edits++;
        if (!pc.online) continue;
        if (round % 4 === 3) {
          const syncing = sync(pc);
          await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 40)));
          await kill9(server);
          trials.killed++;
          await syncing;
          server = await spawnServer(setup.pg, port, { DAFU_PIN: 'root-pin-8421' });
        } else {
          await sync(pc);
        }
      }
      for (const pc of pcs) pc.online = true;
      for (let pass = 0; pass < 2; pass++) for (const pc of pcs) expect((await sync(pc)).err).toBe('');

      const [first, ...rest] = await Promise.all(pcs.map((pc) => revisionIds(pc.db, draftId)));
      for (const other of rest) expect(other).toEqual(first);
      const everSent = new Set(pcs.flatMap((pc) => [...pc.sent]));
      expect([...everSent].filter((id) => !first.includes(id))).toEqual([]);
      expect(new Set(first).size).toBe(first.length);
      console.log(`convergence: ${JSON.stringify(trials)}, revisions ${first.length}`);
    } finally {
      await kill9(server);
      setup.cleanup();
    }
  }, 170_000);
});
