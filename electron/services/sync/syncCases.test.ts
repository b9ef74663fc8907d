import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPgCluster } from '../../../server/testing/sharedPgCluster';
import { addUser, runningServer } from '../../../server/testing/testServer';
import type { CaseDetail, CaseFacts } from '../../../shared/cases/caseModel';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { latestWins } from '../../../shared/merge/latestWins';
import { openDatabase } from '../../db/open';
import { caseEvents } from '../cases/caseEvents';
import { ok, on, sync, syncSuite, twoPcs as startTwoPcs } from '../../testing/syncTestKit';

const suite = syncSuite('sync-cases', sharedPgCluster);

const LIST = [
  '序号,类别,届次/会议,提案号,标题,提案者,承办方式,交办日期,办理期限',
  '1,提案,市政协十三届三次会议,011,关于发挥质量强市标杆作用的建议,九三学社柳州市委员会,主办,2026-03-10,2026-06-10',
  '2,提案,市政协十三届三次会议,012,关于加强老旧小区加装电梯的建议,张伟,协办,2026-03-10,2026-06-10',
].join('\n');

type Listed = { id: string; number: string; title: string; dueOn: string | null };
const register = async (db: string) =>
  (JSON.parse(await ok(['cases', 'list', '--json', '--db', db])) as Listed[])
    .map(({ number, title, dueOn }) => ({ number, title, dueOn }))
    .sort((x, y) => x.number.localeCompare(y.number));
const caseNumbered = async (db: string, number: string) =>
  (JSON.parse(await ok(['cases', 'list', '--json', '--db', db])) as Listed[]).find((listed) => listed.number === number)!;

async function change(db: string, caseId: string, facts: Partial<CaseFacts>) {
  const detail = await on<CaseDetail>(db, 'cases.get', { caseId });
  await on(db, 'cases.save', { caseId, facts: { ...detail.facts, ...facts } });
}

describe('cases and 发文字号 from one place', () => {
  it('a 交办清单 imported on one PC reaches the other; the same case registered on both is one case; facts merge per field and the log keeps the loser', async () => {
    const { a, b, stop } = await startTwoPcs({ ...(await runningServer(suite.cluster!)), addUser }, suite.dir);
    try {
      const file = join(suite.dir, '交办清单.csv');
      writeFileSync(file, LIST);
      await ok(['cases', 'import', file, '--db', a]);
      // 赵敏 registered case 012 from the same list on her own PC before connecting it.
      const own = join(suite.dir, '赵敏的清单.csv');
      writeFileSync(
        own,
        LIST.split('\n')
          .filter((line, n) => n !== 1)
          .join('\n'),
      );
      await ok(['cases', 'import', own, '--db', b]);
      await sync(a);
      await sync(b);
      await sync(a);
      expect(await register(b)).toEqual(await register(a));
      expect(await register(b)).toHaveLength(2);

      // Both change case 011: 王晶 the deadline, 赵敏 the title and the deadline, 王晶 syncs last.
      await change(a, (await caseNumbered(a, '011')).id, { dueOn: '2026-07-01' });
      await change(b, (await caseNumbered(b, '011')).id, { title: '关于发挥质量强市标杆引领作用的建议', dueOn: '2026-06-20', coProposers: ['李强', '孙丽'] });
      await sync(b);
      await sync(a);
      await sync(b);
      expect(await register(a)).toEqual(await register(b));
      expect(await caseNumbered(a, '011')).toMatchObject({ title: '关于发挥质量强市标杆引领作用的建议', dueOn: '2026-07-01' });
      // The 附议人 she added reach 王晶's PC as one more fact.
      expect((await on<CaseDetail>(a, 'cases.get', { caseId: (await caseNumbered(a, '011')).id })).facts.coProposers).toEqual(['李强', '孙丽']);
      // The deadline 赵敏 set lost on both PCs, and stays in the case's log on both.
      for (const db of [a, b]) {
        const store = openDatabase(db);
        try {
          const dueOn = latestWins(caseEvents(store, (await caseNumbered(db, '011')).id)).get('dueOn')!;
          expect(dueOn.losers.map((event) => event.value)).toContain('"2026-06-20"');
        } finally {
          store.close();
        }
      }
      expect((await sync(a)).status.label).toBe('已同步');
      expect((await sync(b)).status.label).toBe('已同步');
    } finally {
      await stop();
    }
  }, 150_000);

  it('取号 while connected comes from the server; offline a number is 待确认 until the server replaces it; no number is given twice', async () => {
    const { a, b, stop } = await startTwoPcs({ ...(await runningServer(suite.cluster!)), addUser }, suite.dir);
    try {
      for (const db of [a, b]) await on(db, 'profile.save', { ...EMPTY_PROFILE, fullName: '柳州市商务局', docNumberSeries: '柳商函〔2026〕N号' });
      const draftOf = async (db: string) => (await on<{ id: string }>(db, 'drafts.create', { templateId: 'zhengxie-lead' })).id;
      const online = await on<{ text: string; provisional: boolean }>(a, 'docNumbers.take', { draftId: await draftOf(a) });
      expect(online).toMatchObject({ text: '柳商函〔2026〕1号', provisional: false });

      // 赵敏's PC cannot reach the server: she gets a number to go on with, marked 待确认.
      const connection = join(dirname(b), 'sync.json');
      const saved = readFileSync(connection, 'utf8');
      writeFileSync(connection, saved.replace(/"url": "http:\/\/127\.0\.0\.1:\d+"/, '"url": "http://127.0.0.1:9"'));
      const offline = await on<{ text: string; provisional: boolean }>(b, 'docNumbers.take', { draftId: await draftOf(b) });
      expect(offline).toMatchObject({ text: '柳商函〔2026〕1号', provisional: true });
      writeFileSync(connection, saved);

      const report = await sync(b);
      expect(report).toMatchObject({ up: { numbers: 1 } });
      await sync(a);
      await sync(b);
      const registers = await Promise.all(
        [a, b].map(async (db) => JSON.parse(await ok(['number', 'list', '--year', '2026', '--json', '--db', db])) as { text: string; provisional: boolean }[]),
      );
      expect(registers[1]).toEqual(registers[0]);
      expect(registers[0].map((record) => [record.text, record.provisional]).sort()).toEqual([
        ['柳商函〔2026〕1号', false],
        ['柳商函〔2026〕2号', false],
      ]);

      // 作废 while connected reaches the server at once: 赵敏 sees it before 王晶 syncs again.
      const first = (registers[0] as unknown as { id: string; text: string }[]).find((record) => record.text === '柳商函〔2026〕1号')!;
      await on(a, 'docNumbers.void', { id: first.id, reason: '发文取消' });
      await sync(b);
      const there = (JSON.parse(await ok(['number', 'list', '--year', '2026', '--json', '--db', b])) as { id: string; voided: unknown }[]).find(
        (record) => record.id === first.id,
      );
      expect(there?.voided).toMatchObject({ by: '王晶', reason: '发文取消' });
    } finally {
      await stop();
    }
  }, 150_000);
});
