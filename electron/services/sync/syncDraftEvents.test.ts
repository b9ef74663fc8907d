import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { startPgCluster, type PgCluster } from '../../../server/testing/pgCluster';
import { addUser, runningServer } from '../../../server/testing/testServer';
import { startCliServices } from '../../cli/common/cliServices';
import { runCli } from '../../cli/run';
import { openDatabase } from '../../db/open';
import { applyRetention } from '../revisions/retention';

let cluster: PgCluster;
let dir: string;
beforeAll(async () => {
  cluster = await startPgCluster();
  dir = mkdtempSync(join(tmpdir(), 'dafu-sync-events-'));
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
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line), stopSignal: new Promise(() => undefined), readStdin: async () => stdin });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** One call on a PC's store, as the app makes it. */
async function on<T>(db: string, name: string, input: unknown): Promise<T> {
  const services = startCliServices(db);
  try {
    const result = await (services.dispatch as (name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>)(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  } finally {
    services.close();
  }
}

/** Types a paragraph and closes the draft: the close cuts an automatic revision. */
async function typeAndClose(db: string, draftId: string, text: string) {
  const draft = await on<{ base: string; content: LetterDocument; fields: Record<string, string> }>(db, 'drafts.get', { draftId });
  const content: LetterDocument = { ...draft.content, blocks: [...draft.content.blocks, { role: 'body', inlines: [{ t: 'text', text }] }] };
  await on(db, 'drafts.save', { draftId, base: draft.base, content, fields: draft.fields });
  await on(db, 'drafts.close', { draftId });
}

const sync = async (db: string) => {
  const result = await dafu(['sync', '--json', '--db', db]);
  expect(result.err).toBe('');
  return JSON.parse(result.out) as { status: { label: string } };
};
const listed = async (db: string) => (await on<{ id: string }[]>(db, 'drafts.list', {})).map((draft) => draft.id);
const nameOf = async (db: string, draftId: string) => {
  const draft = (await on<{ id: string; title: string; named: boolean }[]>(db, 'drafts.list', {})).find((listed) => listed.id === draftId);
  return draft?.named ? draft.title : null;
};
const trashed = async (db: string) => (await on<{ id: string }[]>(db, 'drafts.trash', {})).map((draft) => draft.id);
const history = async (db: string, draftId: string) =>
  (JSON.parse((await dafu(['history', draftId, '--json', '--db', db])).out) as { id: string }[]).map((revision) => revision.id);

/** Two PCs of one 科室, both connected to a fresh server, 王晶's letter on both. */
async function twoPcs() {
  const running = await runningServer(cluster);
  const pcs: string[] = [];
  for (const login of ['王晶', '赵敏']) {
    const code = await addUser(running.pg, login, 'drafter', 'correct horse 1', '综合科');
    const db = join(dir, `${login}-${running.pg.split('/').pop()}`, 'dafu.sqlite3');
    expect((await dafu(['user', '--name', login, '--unit', '综合科', '--role', '起草', '--db', db])).code).toBe(0);
    expect((await dafu(['login', running.server.url, '--user', login, '--password-stdin', '--enrol', code, '--db', db], 'correct horse 1\n')).err).toBe('');
    pcs.push(db);
  }
  const letter = join(dir, 'letter.txt');
  writeFileSync(letter, '关于加快发展夜间经济的提案的答复\n\n王委员：\n\n您提出的关于加快发展夜间经济的提案收悉。现答复如下。\n');
  const draftId = (JSON.parse((await dafu(['import', letter, '--db', pcs[0], '--json'])).out) as { id: string }).id;
  await sync(pcs[0]);
  await sync(pcs[1]);
  return { ...running, a: pcs[0], b: pcs[1], draftId };
}

describe('names, the 回收站 and 彻底删除 travel through the server', () => {
  it('a rename reaches the other PC; of two renames the last the server accepted wins on both', async () => {
    const { a, b, draftId, stop } = await twoPcs();
    try {
      await on(a, 'drafts.rename', { draftId, name: '夜间经济答复' });
      await sync(a);
      await sync(b);
      expect(await nameOf(b, draftId)).toBe('夜间经济答复');

      // 王晶 renames first, 赵敏 later; 赵敏 syncs first, so 王晶's name is the last the server accepted.
      await on(a, 'drafts.rename', { draftId, name: '王晶起的名字' });
      await on(b, 'drafts.rename', { draftId, name: '赵敏起的名字' });
      await sync(b);
      await sync(a);
      await sync(b);
      expect(await nameOf(a, draftId)).toBe('王晶起的名字');
      expect(await nameOf(b, draftId)).toBe('王晶起的名字');
      expect((await sync(a)).status.label).toBe('已同步');
    } finally {
      await stop();
    }
  }, 120_000);

  it('moving to the 回收站 and restoring travel; 彻底删除 travels as a tombstone and an offline edit does not bring the draft back', async () => {
    const { a, b, draftId, stop } = await twoPcs();
    try {
      await on(a, 'drafts.delete', { draftId });
      await sync(a);
      await sync(b);
      expect(await trashed(b)).toEqual([draftId]);
      expect(await listed(b)).not.toContain(draftId);

      await on(b, 'drafts.undelete', { draftId });
      await sync(b);
      await sync(a);
      expect(await listed(a)).toContain(draftId);

      // 赵敏 types while 王晶 deletes it for good: the tombstone wins on both PCs, and stays.
      await typeAndClose(b, draftId, '赵敏补充的一段。');
      await on(a, 'drafts.delete', { draftId });
      await on(a, 'drafts.purge', { draftId, confirm: true });
      await sync(a);
      await sync(b);
      expect([...(await listed(b)), ...(await trashed(b))]).not.toContain(draftId);
      await sync(a);
      expect([...(await listed(a)), ...(await trashed(a))]).not.toContain(draftId);
      expect((await sync(b)).status.label).toBe('已同步');
    } finally {
      await stop();
    }
  }, 120_000);

  it('a connected PC never thins what the server lacks; what it thinned after pushing is not pulled back', async () => {
    const { a, b, draftId, stop } = await twoPcs();
    try {
      for (const text of ['第一段补充。', '第二段补充。', '第三段补充。']) await typeAndClose(a, draftId, text);
      const later = new Date(Date.now() + 30 * 24 * 3_600_000);
      const thin = () => {
        const db = openDatabase(a);
        try {
          return applyRetention(db, draftId, later).map((decision) => decision.id);
        } finally {
          db.close();
        }
      };
      expect(thin()).toEqual([]);
      await sync(a);
      const thinned = thin();
      expect(thinned.length).toBeGreaterThan(0);
      expect((await sync(a)).status.label).toBe('已同步');

      // 赵敏's PC still has them all; her edit makes the server hand the whole draft out again.
      await sync(b);
      expect(await history(b, draftId)).toEqual(expect.arrayContaining(thinned));
      await typeAndClose(b, draftId, '赵敏补充的一段。');
      await sync(b);
      await sync(a);
      const here = await history(a, draftId);
      expect(here.filter((id) => thinned.includes(id))).toEqual([]);
      expect(here.length).toBe((await history(b, draftId)).length - thinned.length);
      expect((await sync(a)).status.label).toBe('已同步');
    } finally {
      await stop();
    }
  }, 120_000);
});
