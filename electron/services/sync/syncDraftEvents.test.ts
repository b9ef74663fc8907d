import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { addUser, call, runningServer } from '../../../server/testing/testServer';
import type { CaseDetail } from '../../../shared/cases/caseModel';
import { openDatabase } from '../../db/open';
import { caseEvents } from '../cases/caseEvents';
import { draftEvents, purgedDrafts } from '../drafts/records/draftEvents';
import { onServerIds } from '../revisions/graph/sharedRevisions';
import { applyRetention } from '../revisions/retention';
import { bookkeepingThroughMigration14 } from '../../testing/bookkeepingAt13';
import { tombstonesThroughMigration16 } from '../../testing/tombstonesAt15';
import { readConnection, writeConnection } from './client/connection';
import { dafu, ok, on, sync, syncSuite, twoPcs as startTwoPcs, typeAndClose } from '../../testing/syncTestKit';

const suite = syncSuite('sync-events', sharedPgCluster);
const twoPcs = async () => startTwoPcs({ ...(await runningServer(suite.cluster!)), addUser }, suite.dir);

const listed = async (db: string) => (await on<{ id: string }[]>(db, 'drafts.list', {})).map((draft) => draft.id);
const nameOf = async (db: string, draftId: string) => {
  const draft = (await on<{ id: string; title: string; named: boolean }[]>(db, 'drafts.list', {})).find((listed) => listed.id === draftId);
  return draft?.named ? draft.title : null;
};
const trashed = async (db: string) => (await on<{ id: string }[]>(db, 'drafts.trash', {})).map((draft) => draft.id);
function onStore<T>(db: string, read: (store: ReturnType<typeof openDatabase>) => T): T {
  const store = openDatabase(db);
  try {
    return read(store);
  } finally {
    store.close();
  }
}
const history = async (db: string, draftId: string) =>
  (JSON.parse((await dafu(['history', draftId, '--json', '--db', db])).out) as { id: string }[]).map((revision) => revision.id);

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

      // 王晶's PC kept its tombstone in settings before version 16: carried over, it still keeps the draft away.
      const tombstones = onStore(a, purgedDrafts);
      expect(tombstones.map((tombstone) => tombstone.draftId)).toContain(draftId);
      tombstonesThroughMigration16(a);
      expect(onStore(a, purgedDrafts)).toEqual(tombstones);
      writeConnection(dirname(a), { ...readConnection(dirname(a))!, cursor: 0 });
      expect((await sync(a)).status.label).toBe('已同步');
      expect([...(await listed(a)), ...(await trashed(a))]).not.toContain(draftId);
    } finally {
      await stop();
    }
  }, 120_000);

  it('a connected PC never thins what the server lacks; what it thinned after pushing is not pulled back, and the server keeps the record', async () => {
    const { a, b, draftId, server, stop } = await twoPcs();
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
      const recorded = await server.pool.query<{ revision_id: string; login: string }>(
        'SELECT t.revision_id, a.login FROM sync_revision_tombstones t JOIN accounts a ON a.id = t.thinned_by WHERE t.draft_id = $1',
        [draftId],
      );
      expect(recorded.rows.map((row) => row.revision_id).sort()).toEqual([...thinned].sort());
      expect(new Set(recorded.rows.map((row) => row.login))).toEqual(new Set(['王晶']));

      // Pulled again from scratch, 王晶's PC is not sent what it thinned; 赵敏's still is.
      const pulledIds = async (db: string) => {
        const reply = await call(server.url, 'GET', '/api/v1/sync/pull?after=0', { token: readConnection(dirname(db))!.token! });
        return (reply.body.drafts as { revisions: { id: string }[] }[]).flatMap((draft) => draft.revisions.map((revision) => revision.id));
      };
      expect((await pulledIds(a)).filter((id) => thinned.includes(id))).toEqual([]);
      expect(await pulledIds(b)).toEqual(expect.arrayContaining(thinned));
      const before = await history(a, draftId);
      writeConnection(dirname(a), { ...readConnection(dirname(a))!, cursor: 0 });
      expect(((await sync(a)) as unknown as { down: { revisions: number } }).down.revisions).toBe(0);
      expect(await history(a, draftId)).toEqual(before);

      // 赵敏's PC still has them all; her edit makes the server hand the whole draft out again.
      await sync(b);
      expect(await history(b, draftId)).toEqual(expect.arrayContaining(thinned));
      await typeAndClose(b, draftId, '赵敏补充的一段。');
      await sync(b);
      expect((await sync(a)).status.label).toBe('已同步');
      const here = await history(a, draftId);
      expect(here.filter((id) => thinned.includes(id))).toEqual([]);
      expect(here.length).toBe((await history(b, draftId)).length - thinned.length);
    } finally {
      await stop();
    }
  }, 120_000);

  it('a PC whose bookkeeping was kept in settings (version 13) is carried over by migration 14 and syncs the same', async () => {
    const { a, b, draftId, stop } = await twoPcs();
    try {
      const list = join(suite.dir, '升级前的交办清单.csv');
      writeFileSync(
        list,
        '序号,类别,届次/会议,提案号,标题,提案者,承办方式,交办日期,办理期限\n1,提案,市政协十三届三次会议,021,关于夜间经济的提案,王委员,主办,2026-03-10,2026-06-10',
      );
      await ok(['cases', 'import', list, '--db', a]);
      const [{ id: caseId }] = await on<{ id: string }[]>(a, 'cases.list', {});
      const detail = await on<CaseDetail>(a, 'cases.get', { caseId });
      await on(a, 'cases.save', { caseId, facts: { ...detail.facts, dueOn: '2026-07-01' } });
      await on(a, 'drafts.rename', { draftId, name: '夜间经济答复' });
      for (const text of ['第一段补充。', '第二段补充。']) await typeAndClose(a, draftId, text);
      await sync(a);
      const kept = () =>
        onStore(a, (store) => ({ draft: draftEvents(store, draftId), case: caseEvents(store, caseId), onServer: onServerIds(store, draftId) }));
      const before = kept();
      expect(before.draft.length).toBe(1);
      expect(before.case.length).toBeGreaterThan(0);

      bookkeepingThroughMigration14(a);
      expect(await on<{ label: string }>(a, 'sync.status', {})).toMatchObject({ label: '已同步' });
      expect(kept()).toEqual(before);
      const report = (await sync(a)) as unknown as { up: Record<string, number> };
      expect(Object.values(report.up).every((count) => count === 0)).toBe(true);
      // What the server holds may be thinned, as before the upgrade.
      expect(onStore(a, (store) => applyRetention(store, draftId, new Date(Date.now() + 30 * 24 * 3_600_000))).length).toBeGreaterThan(0);

      await on(a, 'drafts.rename', { draftId, name: '升级后改的名字' });
      await sync(a);
      await sync(b);
      expect(await nameOf(b, draftId)).toBe('升级后改的名字');
    } finally {
      await stop();
    }
  }, 120_000);
});
