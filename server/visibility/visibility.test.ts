import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recipient, ReviewEvent } from '../../shared/review/reviewEvent';
import { makeBureau, signWith } from '../../shared/trust/bureauFixture';
import { addAccount } from '../accounts/accounts';
import { migrate, MIGRATIONS } from '../db/migrations';
import { openPool } from '../db/pool';
import { certifyIntoList, unlockRoot } from '../keys/rootFolder';
import { pullSince } from '../sync/pull';
import { payload, reviewStep, revision } from '../testing/drafts';
import type { PgCluster } from '../testing/pgCluster';
import { sharedPgCluster } from '../testing/sharedPgCluster';
import { addUser, call, ROOT_PIN, runningServer, sessionToken } from '../testing/testServer';
import { NOT_YOURS } from './visibility';

let cluster: PgCluster;
beforeAll(() => {
  cluster = sharedPgCluster();
});
afterAll(() => cluster?.stop());

const bureau = makeBureau();
const { drafter, reviewer, signer } = bureau.people;
const PASSWORD = 'correct horse 1';

/** A step sent to someone, signed with the choice inside. */
const sentStep = (step: ReviewEvent, to: Recipient[], keys: typeof drafter.keys) => signWith(keys, { ...step, sentTo: to, signature: null });

describe('who sees what on the server', () => {
  it('a draft is listed for its 科室, the people (or the 科室) it was sent to and the 办公室; another 科室 neither pulls nor pushes it', async () => {
    const running = await runningServer(cluster);
    try {
      const root = unlockRoot(running.keysDir, ROOT_PIN);
      for (const person of [drafter, reviewer, signer]) certifyIntoList(running.keysDir, root, bureau.entry(person), new Date());
      const pool = running.server.pool;
      const people = [
        { login: '王晶', unit: '综合科', role: 'drafter', userId: drafter.id },
        { login: '李科长', unit: '综合科', role: 'reviewer', userId: reviewer.id },
        { login: '张局长', unit: '局领导', role: 'signer', userId: signer.id },
        { login: '赵敏', unit: '外贸科', role: 'drafter', userId: randomUUID() },
      ] as const;
      for (const who of people) {
        await addAccount(pool, 'it', { login: who.login, unit: who.unit, role: who.role, password: PASSWORD }, new Date());
        await pool.query('UPDATE accounts SET user_id = $2 WHERE login = $1', [who.login, who.userId]);
      }
      // IT makes the 办公室's account from the command line.
      await addUser(running.pg, '办公室', 'office', PASSWORD, '办公室');

      const session = async (login: string) => {
        const token = await sessionToken(running.server.url, login, PASSWORD);
        return {
          push: (body: unknown) => call(running.server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: body } }),
          thinned: (id: string, revisionIds: string[]) =>
            call(running.server.url, 'POST', '/api/v1/sync/thinned', {
              token,
              body: { format: 1, draftId: id, thinned: revisionIds.map((revisionId) => ({ id: revisionId, at: '2026-05-10T03:00:00.000Z' })) },
            }),
          pulled: async () =>
            ((await call(running.server.url, 'GET', '/api/v1/sync/pull?after=0', { token })).body.drafts as { draft: { id: string } }[]).map((d) => d.draft.id),
        };
      };
      const [wang, li, zhang, zhao, office] = await Promise.all(['王晶', '李科长', '张局长', '赵敏', '办公室'].map(session));

      // 王晶 writes and submits to 李科长.
      const draftId = randomUUID();
      const text = revision('尊敬的王委员：');
      const submit = sentStep(
        reviewStep(draftId, text, drafter, 'submit', 'drafting', null, '2026-05-10T02:00:00.000Z'),
        [{ userId: reviewer.id, name: '李科长' }],
        drafter.keys,
      );
      expect((await wang.push(payload(draftId, [text], [submit]))).status).toBe(200);
      expect(await li.pulled()).toEqual([draftId]);
      expect(await office.pulled()).toEqual([draftId]);
      expect(await zhang.pulled()).toEqual([]);
      expect(await zhao.pulled()).toEqual([]);

      // Another 科室 cannot add to it: refused, nothing written.
      const counts = async () =>
        (
          await pool.query(
            'SELECT (SELECT count(*) FROM sync_revisions)::int r, (SELECT count(*) FROM sync_events)::int e, (SELECT count(*) FROM sync_draft_recipients)::int s',
          )
        ).rows[0];
      const before = await counts();
      const intruding = await zhao.push(payload(draftId, [text, revision('改写', [text.id])], [submit]));
      expect(intruding).toMatchObject({ status: 403, body: { error: NOT_YOURS } });
      expect(await zhao.thinned(draftId, [text.id])).toMatchObject({ status: 403, body: { error: NOT_YOURS } });
      expect(await counts()).toEqual(before);
      // Thinned revisions of a draft the server never had: nothing to record, and no empty draft made for it.
      const drafts = async () => (await pool.query('SELECT count(*)::int n FROM sync_drafts')).rows[0].n as number;
      const draftsBefore = await drafts();
      expect(await zhao.thinned(randomUUID(), [randomUUID()])).toMatchObject({ status: 200, body: { recorded: 0 } });
      expect(await drafts()).toBe(draftsBefore);

      // 李科长 approves and sends it to 张局长 of another 科室, who now sees it; 赵敏 still does not.
      const approve = sentStep(
        reviewStep(draftId, text, reviewer, 'approve', 'submitted', submit, '2026-05-11T02:00:00.000Z'),
        [{ userId: signer.id, name: '张局长' }],
        reviewer.keys,
      );
      expect((await li.push(payload(draftId, [text], [submit, approve]))).status).toBe(200);
      expect(await zhang.pulled()).toEqual([draftId]);
      expect(await zhao.pulled()).toEqual([]);
      const pulledLog = (
        await call(running.server.url, 'GET', '/api/v1/sync/pull?after=0', {
          token: await sessionToken(running.server.url, '张局长', PASSWORD),
        })
      ).body.drafts as { reviewLog: ReviewEvent[] }[];
      expect(pulledLog[0].reviewLog.map((event) => event.sentTo)).toEqual([[{ userId: reviewer.id, name: '李科长' }], [{ userId: signer.id, name: '张局长' }]]);

      // 赵敏's own draft stays in 外贸科 (and the 办公室).
      const own = randomUUID();
      expect((await zhao.push(payload(own, [revision('外贸科的答复')]))).status).toBe(200);
      expect(await wang.pulled()).toEqual([draftId]);
      expect((await office.pulled()).sort()).toEqual([draftId, own].sort());

      // All of another 科室's reviewers is not a choice: refused, and 外贸科 still does not see the draft.
      const toUnit = randomUUID();
      const unitText = revision('请一并审核');
      const submitTo = (unit: string) =>
        sentStep(reviewStep(toUnit, unitText, drafter, 'submit', 'drafting', null, '2026-05-12T02:00:00.000Z'), [{ unit }], drafter.keys);
      const beforeForeign = await counts();
      expect(await wang.push(payload(toUnit, [unitText], [submitTo('外贸科')]))).toMatchObject({
        status: 403,
        body: { error: expect.stringContaining('只能送本科室全部审核人') },
      });
      expect(await counts()).toEqual(beforeForeign);
      expect((await zhao.pulled()).sort()).toEqual([own]);

      // Sent to all of 综合科's reviewers: whoever is in 综合科 when they pull gets it, an account added afterwards included.
      expect((await wang.push(payload(toUnit, [unitText], [submitTo('综合科')]))).status).toBe(200);
      await addUser(running.pg, '钱科长', 'reviewer', PASSWORD, '综合科');
      await addUser(running.pg, '孙科长', 'reviewer', PASSWORD, '商贸科');
      const [qian, sun] = await Promise.all(['钱科长', '孙科长'].map(session));
      expect((await qian.pulled()).sort()).toEqual([draftId, toUnit].sort());
      expect(await sun.pulled()).toEqual([]);
    } finally {
      await running.stop();
    }
  }, 60_000);

  it('a draft the server held without a 科室 takes its owner’s (migration 6); one that names no owner is the 办公室’s alone', async () => {
    const pool = openPool(cluster.createDatabase('units_left_empty'));
    try {
      await migrate(
        pool,
        MIGRATIONS.filter((m) => m.version < 6),
      );
      const account = randomUUID();
      await pool.query(
        "INSERT INTO accounts (id, login, name, unit, role, password_hash, created_at) VALUES ($1, '王晶', '王晶', '综合科', 'drafter', 'x', now())",
        [account],
      );
      // Its only record is a review event 王晶 pushed; the other's nothing at all.
      const [named, nameless] = [randomUUID(), randomUUID()];
      const meta = (id: string) => JSON.stringify({ draft: { id }, case: null });
      await pool.query('INSERT INTO sync_drafts (id, meta, seq) VALUES ($1, $2, 1), ($3, $4, 2)', [named, meta(named), nameless, meta(nameless)]);
      await pool.query("INSERT INTO sync_events (id, draft_id, body, seq, pushed_by) VALUES ($1, $2, '{}', 3, $3)", [randomUUID(), named, account]);
      await migrate(pool);
      expect((await pool.query('SELECT id, unit FROM sync_drafts ORDER BY seq')).rows).toEqual([
        { id: named, unit: '综合科' },
        { id: nameless, unit: null },
      ]);
      const pulledBy = async (unit: string, role: 'drafter' | 'office') =>
        (await pullSince(pool, { id: randomUUID(), login: 'x', name: 'x', unit, role, permissions: [], userId: null, disabled: false }, 0)).drafts.map(
          (d) => d.draft.id,
        );
      expect(await pulledBy('综合科', 'drafter')).toEqual([named]);
      expect(await pulledBy('外贸科', 'drafter')).toEqual([]);
      expect(await pulledBy('办公室', 'office')).toEqual([named, nameless]);
    } finally {
      await pool.end();
    }
  });

  it('a draft synced before the upgrade belongs to the 科室 of whoever pushed its first revision', async () => {
    const pool = openPool(cluster.createDatabase('before_units'));
    try {
      await migrate(
        pool,
        MIGRATIONS.filter((m) => m.version < 4),
      );
      const account = randomUUID();
      const draftId = randomUUID();
      await pool.query(
        "INSERT INTO accounts (id, login, name, unit, role, password_hash, created_at) VALUES ($1, '王晶', '王晶', '综合科', 'drafter', 'x', now())",
        [account],
      );
      await pool.query("INSERT INTO sync_drafts (id, meta, seq) VALUES ($1, '{}', 1)", [draftId]);
      await pool.query("INSERT INTO sync_revisions (id, draft_id, hash, parents, body, seq, pushed_by) VALUES ($1, $2, 'h', '[]', '{}', 2, $3)", [
        randomUUID(),
        draftId,
        account,
      ]);
      await migrate(pool);
      expect((await pool.query('SELECT unit FROM sync_drafts WHERE id = $1', [draftId])).rows).toEqual([{ unit: '综合科' }]);
      await pool.query("UPDATE accounts SET role = 'office' WHERE id = $1", [account]);
    } finally {
      await pool.end();
    }
  });
});
