import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm2Port } from '../../shared/signing/sm2';
import { makeBureau, signWith } from '../../shared/trust/bureauFixture';
import { certifyIntoList, unlockRoot } from '../keys/rootFolder';
import { payload, reviewStep, revision } from '../testing/drafts';
import type { PgCluster } from '../testing/pgCluster';
import { sharedPgCluster } from '../testing/sharedPgCluster';
import { addUser, call, ROOT_PIN, runningServer, sessionToken } from '../testing/testServer';
import { NEWER_FORMAT, SYNC_FORMAT } from './syncFormat';

let cluster: PgCluster;
beforeAll(() => {
  cluster = sharedPgCluster();
});
afterAll(() => cluster?.stop());

const bureau = makeBureau();
const { drafter, reviewer, signer } = bureau.people;

/** A server whose key list certifies the bureau's people, and a logged-in 王晶. */
async function bureauServer() {
  const running = await runningServer(cluster);
  const root = unlockRoot(running.keysDir, ROOT_PIN);
  for (const person of [drafter, reviewer, signer]) certifyIntoList(running.keysDir, root, bureau.entry(person), new Date());
  await addUser(running.pg, '王晶', 'drafter', 'correct horse 1');
  await addUser(running.pg, '管理员', 'admin', 'correct horse 2');
  const token = await sessionToken(running.server.url, '王晶', 'correct horse 1');
  const push = (body: unknown) => call(running.server.url, 'POST', '/api/v1/sync/push', { token, body: { format: 1, payload: body } });
  const pull = async (after = 0) =>
    (await call(running.server.url, 'GET', `/api/v1/sync/pull?after=${after}`, { token })).body as { cursor: number; drafts: ReturnType<typeof payload>[] };
  const counts = async () =>
    (
      await running.server.pool.query(
        'SELECT (SELECT count(*) FROM sync_revisions)::int r, (SELECT count(*) FROM sync_events)::int e, (SELECT count(*) FROM sync_comments)::int c',
      )
    ).rows[0];
  return { ...running, token, push, pull, counts };
}

describe('sync of revisions and review events through the server', () => {
  it('a draft pushed from one PC comes down whole on another; pushing it again adds nothing', async () => {
    const s = await bureauServer();
    try {
      const draftId = randomUUID();
      const r1 = revision('尊敬的王委员：');
      const r2 = revision('尊敬的王委员：\n您提出的关于……的提案收悉。', [r1.id]);
      const submit = reviewStep(draftId, r2, drafter, 'submit', 'drafting', null, '2026-05-10T02:00:00.000Z');
      const first = await s.push(payload(draftId, [r1, r2], [submit]));
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ revisions: 2, events: 1 });
      expect((await s.push(payload(draftId, [r1, r2], [submit]))).body).toMatchObject({ revisions: 0, events: 0 });
      const pulled = await s.pull();
      expect(pulled.drafts).toHaveLength(1);
      expect(pulled.drafts[0].revisions.map((r) => r.id)).toEqual([r1.id, r2.id]);
      expect(pulled.drafts[0].reviewLog).toEqual([submit]);
      expect((await s.pull(pulled.cursor)).drafts).toEqual([]);
    } finally {
      await s.stop();
    }
  });

  it('two people editing one draft on two PCs become two parallel lines, neither lost', async () => {
    const s = await bureauServer();
    try {
      const draftId = randomUUID();
      const base = revision('一、基本情况');
      const mine = revision('一、基本情况\n王晶的修改', [base.id]);
      const theirs = revision('一、基本情况\n李科长的修改', [base.id]);
      expect((await s.push(payload(draftId, [base, mine]))).status).toBe(200);
      expect((await s.push(payload(draftId, [base, theirs]))).status).toBe(200);
      const [draft] = (await s.pull()).drafts;
      expect(draft.revisions.map((r) => r.id).sort()).toEqual([base.id, mine.id, theirs.id].sort());
    } finally {
      await s.stop();
    }
  });

  it('a damaged revision, or an id with another content, is refused and nothing is written', async () => {
    const s = await bureauServer();
    try {
      const draftId = randomUUID();
      const r1 = revision('原文');
      await s.push(payload(draftId, [r1]));
      const before = await s.counts();
      const damaged = { ...revision('新的一段', [r1.id]), chars: 4 };
      damaged.content = revision('被改过的一段').content;
      expect((await s.push(payload(draftId, [r1, damaged]))).status).toBe(400);
      const clash = { ...revision('另一份内容'), id: r1.id };
      expect((await s.push(payload(draftId, [clash]))).status).toBe(409);
      expect(await s.counts()).toEqual(before);
    } finally {
      await s.stop();
    }
  });

  it('forged, replayed, wrong-role and never-enrolled events are refused, and nothing of their push is written', async () => {
    const s = await bureauServer();
    try {
      const draftId = randomUUID();
      const r1 = revision('答复正文');
      const submit = reviewStep(draftId, r1, drafter, 'submit', 'drafting', null, '2026-05-10T02:00:00.000Z');
      await s.push(payload(draftId, [r1], [submit]));
      const before = await s.counts();
      const r2 = revision('答复正文（改）', [r1.id]);

      const approve = reviewStep(draftId, r1, reviewer, 'approve', 'submitted', submit, '2026-05-11T02:00:00.000Z');
      const forged = { ...approve, reason: '改过的理由' };
      const forgedPush = await s.push(payload(draftId, [r1, r2], [submit, forged]));
      expect(forgedPush.status).toBe(403);
      expect(forgedPush.body.error).toMatch(/未通过核验/);

      const selfApproved = reviewStep(draftId, r1, drafter, 'approve', 'submitted', submit, '2026-05-11T03:00:00.000Z');
      const wrongRole = await s.push(payload(draftId, [r1, r2], [submit, selfApproved]));
      expect(wrongRole.status).toBe(403);
      expect(wrongRole.body.error).toMatch(/角色不符/);

      const stranger = { ...reviewer, keys: sm2Port.generate() };
      const unenrolled = signWith(stranger.keys, approve);
      const unknownKey = await s.push(payload(draftId, [r1, r2], [submit, unenrolled]));
      expect(unknownKey.status).toBe(403);
      expect(unknownKey.body.error).toMatch(/不在单位密钥清单中/);
      expect(await s.counts()).toEqual(before);

      // The real approval goes in; the same step replayed under a new id (or a rival step on the same prev) does not.
      expect((await s.push(payload(draftId, [r1], [submit, approve]))).status).toBe(200);
      const replayed = signWith(reviewer.keys, { ...approve, id: randomUUID() });
      const replay = await s.push(payload(draftId, [r1], [submit, approve, replayed]));
      expect(replay.status).toBe(409);
      expect(replay.body.error).toMatch(/不是接在服务器上最新的一步之后/);
    } finally {
      await s.stop();
    }
  });

  it('an edit made offline on a line signed meanwhile is kept as a parallel line (签发后修改), never as the signed line; after a withdrawal the line moves again', async () => {
    const s = await bureauServer();
    try {
      const draftId = randomUUID();
      const base = revision('初稿');
      const final = revision('定稿', [base.id]);
      const submit = reviewStep(draftId, final, drafter, 'submit', 'drafting', null, '2026-05-10T02:00:00.000Z');
      const approve = reviewStep(draftId, final, reviewer, 'approve', 'submitted', submit, '2026-05-11T02:00:00.000Z');
      const sign = reviewStep(draftId, final, signer, 'sign', 'approved', approve, '2026-05-12T02:00:00.000Z');
      expect((await s.push(payload(draftId, [base, final], [submit, approve, sign]))).status).toBe(200);

      const afterSigning = revision('定稿（签发后又改）', [final.id], '2026-05-13T02:00:00.000Z');
      const offline = await s.push(payload(draftId, [base, final, afterSigning], [submit, approve, sign]));
      expect(offline.status).toBe(200);
      const [pulled] = (await s.pull()).drafts;
      expect(pulled.draft.headRevisionId).toBe(final.id);
      expect(pulled.afterSigning).toEqual([afterSigning.id]);

      const parallel = revision('从初稿另起的一稿', [base.id], '2026-05-13T03:00:00.000Z');
      expect((await s.push(payload(draftId, [base, parallel], [submit, approve, sign], parallel))).status).toBe(200);

      const withdraw = reviewStep(draftId, final, signer, 'withdrawSign', 'signed', sign, '2026-05-14T02:00:00.000Z');
      const afterWithdrawal = revision('撤回签发后改的一稿', [final.id], '2026-05-14T03:00:00.000Z');
      expect((await s.push(payload(draftId, [base, final, afterWithdrawal], [submit, approve, sign, withdraw]))).status).toBe(200);
      const [again] = (await s.pull()).drafts;
      expect(again.draft.headRevisionId).toBe(afterWithdrawal.id);
      expect(again.afterSigning).toEqual([afterSigning.id]);
      expect((await s.counts()).r).toBe(5);
    } finally {
      await s.stop();
    }
  });

  it('a newer format is refused with a message to upgrade; malformed payloads and an admin push are refused; the audit log has every review action', async () => {
    const s = await bureauServer();
    try {
      const draftId = randomUUID();
      const r1 = revision('正文');
      const newer = await call(s.server.url, 'POST', '/api/v1/sync/push', {
        token: s.token,
        body: { format: SYNC_FORMAT + 1, payload: payload(draftId, [r1]) },
      });
      expect(newer.status).toBe(409);
      expect(newer.body.error).toBe(NEWER_FORMAT);
      for (const bad of [
        null,
        {},
        { draft: {} },
        { ...payload(draftId, [r1]), revisions: [] },
        { ...payload(draftId, [r1]), draft: { ...payload(draftId, [r1]).draft, id: "'; DROP TABLE sync_drafts; --" } },
      ]) {
        expect((await s.push(bad)).status).toBe(400);
      }
      const admin = await sessionToken(s.server.url, '管理员', 'correct horse 2');
      expect((await call(s.server.url, 'POST', '/api/v1/sync/push', { token: admin, body: { format: 1, payload: payload(draftId, [r1]) } })).status).toBe(403);
      expect((await call(s.server.url, 'POST', '/api/v1/sync/push', { body: { format: 1, payload: payload(draftId, [r1]) } })).status).toBe(401);
      expect(await s.counts()).toEqual({ r: 0, e: 0, c: 0 });

      const submit = reviewStep(draftId, r1, drafter, 'submit', 'drafting', null, '2026-05-10T02:00:00.000Z');
      await s.push(payload(draftId, [r1], [submit]));
      const audit = (await call(s.server.url, 'GET', '/api/v1/audit', { token: admin })).body.entries as { action: string }[];
      expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['review.submit', 'sync.push']));
    } finally {
      await s.stop();
    }
  });
});
