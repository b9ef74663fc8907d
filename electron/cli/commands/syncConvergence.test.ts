import type { ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import type { PgCluster } from '../../../server/testing/pgCluster';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { freeLoopbackPort, kill9, spawnServer } from '../../../server/testing/serverProcess';
import { addUser, initialisedServer } from '../../../server/testing/testServer';
import { startCliServices } from '../common/cliServices';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { dafu } from '../../testing/cliSuite';

/**
 * Three real desktop stores (SQLite files behind the real services and CLI) edit one letter at
 * random, rename it, move it to the 回收站 and back, change a case's facts and take 发文字号, go
 * offline at random (取号 then gives a 待确认 number) and sync through a server process that is
 * SIGKILLed mid-sync. At the end every store holds the same revisions, name, 回收站 place, case facts
 * and 发文登记, no 发文字号 was given twice, and nothing a sync reported as sent is lost.
 */
const ROUNDS = Number(process.env.DAFU_CONVERGENCE_ROUNDS ?? 24);

let cluster: PgCluster;
let dir: string;
beforeAll(() => {
  cluster = sharedPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'dafu-converge-'));
  process.env.DAFU_PIN = '246813-pin';
});
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.DAFU_PIN;
});

/** One call on this PC's store, as the app makes it. */
async function call<T>(db: string, name: string, input: unknown): Promise<T> {
  const services = startCliServices(db);
  try {
    const result = await (services.dispatch as (name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>)(
      name,
      input,
    );
    if (!result.ok) throw new Error(`${name}: ${result.error!.message}`);
    return result.value as T;
  } finally {
    services.close();
  }
}

/** Cuts this PC off the server (取号 then cannot reach it) or connects it again. */
function reach(db: string, url: string, online: boolean) {
  const file = join(dirname(db), 'sync.json');
  const dead = 'http://127.0.0.1:9';
  writeFileSync(file, readFileSync(file, 'utf8').replace(online ? dead : url, online ? url : dead));
}

/** What every PC must agree on besides the revisions: the draft's name and 回收站 place, the cases, the 发文登记. */
async function sharedState(db: string, draftId: string) {
  const listed = await call<{ id: string; title: string; named: boolean }[]>(db, 'drafts.list', {});
  const trashed = await call<{ id: string; title: string; named: boolean }[]>(db, 'drafts.trash', {});
  const draft = [...listed, ...trashed].find((entry) => entry.id === draftId)!;
  return {
    name: draft.named ? draft.title : null,
    trashed: trashed.some((entry) => entry.id === draftId),
    cases: JSON.parse((await dafu(['cases', 'list', '--json', '--db', db])).out) as unknown[],
    numbers: (await call<{ id: string; text: string; voided: unknown; provisional: boolean }[]>(db, 'docNumbers.list', { year: 2026 }))
      .map(({ id, text, voided, provisional }) => ({ id, text, voided: voided !== null, provisional }))
      .sort((x, y) => x.id.localeCompare(y.id)),
  };
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

/** The draft's revisions in the store, read from the file: the draft may be in the 回收站, where `dafu history` does not look. */
const revisionIds = async (db: string, draftId: string) => {
  const store = new Database(db, { readonly: true });
  try {
    return (store.prepare('SELECT id FROM revisions WHERE draft_id = ? ORDER BY id').pluck().all(draftId) as string[]).sort();
  } finally {
    store.close();
  }
};

describe('convergence of three desktop stores through a server that crashes', () => {
  it(
    `${ROUNDS} rounds of random edits and offline spells, with SIGKILLs mid-sync: identical histories, names, 回收站 places, cases and 发文登记 everywhere, no 发文字号 given twice`,
    async () => {
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
        const list = join(dir, '交办清单.csv');
        writeFileSync(
          list,
          '序号,类别,届次/会议,提案号,标题,提案者,承办方式,交办日期,办理期限\n1,提案,市政协十三届三次会议,011,关于加快发展夜间经济的提案,王委员,主办,2026-03-10,2026-06-10\n',
        );
        expect((await dafu(['cases', 'import', list, '--db', pcs[0].db])).code).toBe(0);
        for (const pc of pcs) await call(pc.db, 'profile.save', { ...EMPTY_PROFILE, fullName: '柳州市商务局', docNumberSeries: '柳商函〔2026〕N号' });
        expect((await dafu(['sync', '--db', pcs[0].db])).code).toBe(0);
        for (const pc of pcs.slice(1)) expect((await dafu(['sync', '--db', pc.db])).code).toBe(0);

        let seed = 7;
        const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
        const trials = { edits: 0, syncs: 0, killed: 0, offlineSpells: 0, renames: 0, trashMoves: 0, caseChanges: 0, numbersTaken: 0 };
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
            reach(pc.db, url, pc.online);
            trials.offlineSpells++;
          }
          // A draft another PC moved to the 回收站 is taken out again before typing: that is an event too.
          if ((await call<{ id: string }[]>(pc.db, 'drafts.trash', {})).some((entry) => entry.id === draftId)) {
            await call(pc.db, 'drafts.undelete', { draftId });
            trials.trashMoves++;
          }
          await type(pc.db, draftId, `${pc.login} 第 ${round} 轮补充的一段。`);
          trials.edits++;
          const roll = random();
          if (roll < 0.2) {
            await call(pc.db, 'drafts.rename', { draftId, name: `${pc.login}第 ${round} 轮起的名字` });
            trials.renames++;
          } else if (roll < 0.3) {
            await call(pc.db, 'drafts.delete', { draftId });
            trials.trashMoves++;
          } else if (roll < 0.55) {
            const [held] = await call<{ id: string }[]>(pc.db, 'cases.list', {});
            const detail = await call<{ facts: Record<string, unknown> }>(pc.db, 'cases.get', { caseId: held.id });
            const facts = random() < 0.5 ? { dueOn: `2026-0${7 + (round % 3)}-${10 + (round % 19)}` } : { handler: `${pc.login}（第 ${round} 轮）` };
            await call(pc.db, 'cases.save', { caseId: held.id, facts: { ...detail.facts, ...facts } });
            trials.caseChanges++;
          } else if (roll < 0.75) {
            const taken = await call<{ id: string; alreadyHeld: boolean }>(pc.db, 'docNumbers.take', { draftId });
            if (taken.alreadyHeld) {
              await call(pc.db, 'docNumbers.void', { id: taken.id, reason: '号码取错' });
              await call(pc.db, 'docNumbers.take', { draftId });
            }
            trials.numbersTaken++;
          }
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
        for (const pc of pcs) {
          if (!pc.online) reach(pc.db, url, true);
          pc.online = true;
        }
        for (let pass = 0; pass < 2; pass++) for (const pc of pcs) expect((await sync(pc)).err).toBe('');

        const [first, ...rest] = await Promise.all(pcs.map((pc) => revisionIds(pc.db, draftId)));
        for (const other of rest) expect(other).toEqual(first);
        const everSent = new Set(pcs.flatMap((pc) => [...pc.sent]));
        expect([...everSent].filter((id) => !first.includes(id))).toEqual([]);
        expect(new Set(first).size).toBe(first.length);

        const [state, ...others] = await Promise.all(pcs.map((pc) => sharedState(pc.db, draftId)));
        for (const other of others) expect(other).toEqual(state);
        expect(state.numbers.filter((number) => number.provisional)).toEqual([]);
        expect(new Set(state.numbers.map((number) => number.text)).size).toBe(state.numbers.length);
        console.log(`convergence: ${JSON.stringify(trials)}, revisions ${first.length}`);
      } finally {
        await kill9(server);
        setup.cleanup();
      }
    },
    120_000 + ROUNDS * 4_000,
  );
});
