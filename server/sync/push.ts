import { createHash } from 'node:crypto';
import type pg from 'pg';
import { canonicalJson } from '../../shared/model/canonicalJson';
import { planComments, type StoredComment } from '../../shared/merge/commentMerge';
import { planReviewEvents } from '../../shared/merge/reviewEventMerge';
import { planRevisions } from '../../shared/merge/revisionMerge';
import type { Payload, PackageRevision, ReviewEvent } from '../../shared/review/packageFormat';
import { eventHash } from '../../shared/review/reviewEvent';
import { sm2Port } from '../../shared/signing/sm2';
import type { KeyListBody } from '../../shared/trust/keyList';
import { replayLog } from '../../shared/trust/replay';
import type { DraftFacts, TrustView } from '../../shared/trust/trustView';
import type { Account } from '../accounts/accounts';
import { inTransaction } from '../accounts/accounts';
import { audit } from '../accounts/audit';
import { NOT_YOURS, recordRecipients, seesEverything, unitRecipientProblem, visibilityParams, visibleSql } from '../visibility/visibility';
import { addDraftEvents } from './draftEvents';

/** A push the server will not take, whole: nothing of it is written. */
export class PushRefused extends Error {
  constructor(
    message: string,
    readonly status = 409,
  ) {
    super(message);
  }
}

const snapshotHash = (revision: Pick<PackageRevision, 'content' | 'fields'>) =>
  createHash('sha256')
    .update(canonicalJson({ content: revision.content, fields: revision.fields }))
    .digest('hex');

/** The server judges events as a PC with the bureau list and no keys of its own would. */
const serverTrust = (list: KeyListBody): TrustView => ({ list, localKeys: new Map(), deviceId: 'dafu-server' });

/** The revisions that descend from `root` (itself included), over every parent link known. */
function descendants(root: string, parentsOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const found = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, parents] of parentsOf) {
      if (!found.has(id) && parents.some((parent) => found.has(parent))) {
        found.add(id);
        grew = true;
      }
    }
  }
  return found;
}

/** Whether a revision descends from the signed one (a 签发后修改 line), while the draft is signed. */
const afterSigning = (line: { revisionId: string; descendants: Set<string> } | null, revisionId: string) =>
  line !== null && revisionId !== line.revisionId && line.descendants.has(revisionId);

/**
 * claimDraft and the draft's row lock in one statement: the row is made when new (owned by the
 * pusher's 科室, `$2`), else updated to itself, which locks it; it says whether the pusher may see it.
 */
const CLAIM_AND_LOCK = `INSERT INTO sync_drafts (id, meta, seq, unit) VALUES ($1, '{}', 0, $2)
  ON CONFLICT (id) DO UPDATE SET id = excluded.id
  RETURNING purged_at, ${visibleSql('sync_drafts', '$2', '$3')} AS visible`;

/**
 * In one round trip: the revisions the push names, and the review events it names or the draft has.
 * The draft's other revisions only when a review log is to be replayed (it reads their hashes): the
 * push after an autosave, one new revision and no review step, reads none of them.
 */
const STORED_HISTORY = `SELECT
  (SELECT coalesce(json_agg(json_build_object('id', id, 'hash', hash, 'draft_id', draft_id, 'parents', parents)), '[]') FROM (
     SELECT id, hash, draft_id, parents FROM sync_revisions WHERE id = ANY($1::uuid[])
     UNION
     SELECT id, hash, draft_id, parents FROM sync_revisions
     WHERE draft_id = $2 AND (cardinality($3::uuid[]) > 0 OR EXISTS (SELECT 1 FROM sync_events e WHERE e.draft_id = $2))
   ) AS r) AS revisions,
  (SELECT coalesce(json_agg(json_build_object('id', id, 'draft_id', draft_id, 'body', body) ORDER BY seq), '[]')
     FROM sync_events WHERE id = ANY($3::uuid[]) OR draft_id = $2) AS events`;

type StoredRevision = { id: string; hash: string; draft_id: string; parents: string };
type StoredEvent = { id: string; draft_id: string; body: string };

export interface PushResult {
  revisions: number;
  events: number;
  comments: number;
  /** The draft was 彻底删除 on some PC: nothing of the push was taken, and the pull brings its tombstone. */
  purged?: boolean;
}

/**
 * Takes one draft's payload from a client and adds what the server lacks, by the merge table: the
 * same plans as a package import (append-only revisions, refused on an id with another hash; events
 * by id; comments by id, 已解决 one-way). On top, as the server is where lines meet:
 * - every revision's hash must match its content;
 * - every new review event must verify against the bureau's key list and follow on from the chain's
 *   tip as the server holds it (a forged, replayed or forked event is refused, the first accepted wins);
 * - while the draft is signed (已签发/已印发), a new revision that descends from the signed one (made
 *   offline before the 签发 reached that PC) is kept as a parallel line marked 签发后修改, handed out as
 *   such, and never becomes the draft's head: the signed line stays as it was signed.
 */
export async function pushDraft(pool: pg.Pool, account: Account, payload: Payload, list: KeyListBody, now: Date): Promise<PushResult> {
  for (const revision of payload.revisions) {
    if (snapshotHash(revision) !== revision.hash) throw new PushRefused(`版本 ${revision.id} 的内容与它的摘要不符，已损坏。`, 400);
  }
  if (payload.reviewLog.some((event) => event.draftId !== payload.draft.id)) throw new PushRefused('审核记录不属于这份草稿。', 400);
  const draftId = payload.draft.id;
  return inTransaction(pool, async (client) => {
    // One push per draft at a time: the draft's row is the lock. The hot statements are named, so
    // each pooled connection parses and plans them once.
    const claimed = await client.query<{ purged_at: string | null; visible: boolean }>({
      name: 'push.claim',
      text: CLAIM_AND_LOCK,
      values: [draftId, ...visibilityParams(account)],
    });
    if (!seesEverything(account) && !claimed.rows[0].visible) throw new PushRefused(NOT_YOURS, 403);
    if (claimed.rows[0].purged_at !== null) return { revisions: 0, events: 0, comments: 0, purged: true };

    // Read after the lock: a push of the same draft that committed meanwhile is seen.
    const stored = await client.query<{ revisions: StoredRevision[]; events: StoredEvent[] }>({
      name: 'push.stored',
      text: STORED_HISTORY,
      values: [payload.revisions.map((revision) => revision.id), draftId, payload.reviewLog.map((event) => event.id)],
    });
    const { revisions: storedRevisions, events: storedEvents } = stored.rows[0];
    const revisionPlan = planRevisions({ id: draftId, headRevisionId: payload.draft.headRevisionId }, payload.revisions, {
      hashes: new Map(storedRevisions.map((row) => [row.id, row.hash])),
      thinned: new Set(),
      drafts: new Map(storedRevisions.map((row) => [row.id, row.draft_id])),
    });
    if (revisionPlan.refused) throw new PushRefused(revisionPlan.reason);

    const eventPlan = planReviewEvents(draftId, payload.reviewLog, new Map(storedEvents.map((row) => [row.id, row.draft_id])));
    if (eventPlan.refused) throw new PushRefused(eventPlan.reason);
    const log = storedEvents.filter((row) => row.draft_id === draftId).map((row) => JSON.parse(row.body) as ReviewEvent);

    const hashes = new Map(storedRevisions.filter((row) => row.draft_id === draftId).map((row) => [row.id, row.hash]));
    for (const { revision } of revisionPlan.add) hashes.set(revision.id, revision.hash);
    const facts = (events: readonly ReviewEvent[]): DraftFacts => ({
      draftId,
      revisionHashes: hashes,
      firstSeen: new Map(events.map((event) => [event.id, now.toISOString()])),
      madeHere: new Set(),
    });

    // Each new event, in the order pushed, must count and extend the tip as the server holds it.
    let accepted = [...log];
    for (const event of eventPlan.add) {
      const before = replayLog(accepted, facts(accepted), serverTrust(list), sm2Port);
      if (event.prev !== before.tip)
        throw new PushRefused(`审核记录「${event.action}」不是接在服务器上最新的一步之后（已有人先做了另一步，或是重放的记录），未被接受。请同步后重做。`);
      const after = replayLog([...accepted, event], facts([...accepted, event]), serverTrust(list), sm2Port);
      const verdict = after.verdicts.get(event.id);
      if (!after.counted.includes(event.id)) {
        throw new PushRefused(
          `审核记录「${event.action}」（${event.actor}）未通过核验${verdict && 'reason' in verdict ? `：${verdict.reason}` : ''}，未被接受。`,
          403,
        );
      }
      const toUnit = unitRecipientProblem(event, verdict);
      if (toUnit) throw new PushRefused(toUnit, 403);
      accepted = [...accepted, event];
    }

    // A signed line takes no new revisions until the 签发 is withdrawn: those made on it offline are
    // kept as a parallel line (签发后修改), and the draft's head stays the signed revision.
    const replay = replayLog(accepted, facts(accepted), serverTrust(list), sm2Port);
    let signedLine: { revisionId: string; descendants: Set<string> } | null = null;
    if (replay.state === 'signed' || replay.state === 'issued') {
      const byId = new Map(accepted.map((event) => [event.id, event]));
      const signing = [...replay.counted]
        .reverse()
        .map((id) => byId.get(id)!)
        .find((event) => event.action === 'sign' || event.action === 'paperSign');
      if (signing) {
        const parentsOf = new Map<string, readonly string[]>(
          storedRevisions.filter((row) => row.draft_id === draftId).map((row) => [row.id, JSON.parse(row.parents) as string[]]),
        );
        for (const { revision } of revisionPlan.add) parentsOf.set(revision.id, revision.parents);
        signedLine = { revisionId: signing.revisionId, descendants: descendants(signing.revisionId, parentsOf) };
      }
    }

    // Most pushes carry no comment: no query for them.
    const storedComments =
      payload.comments.length === 0
        ? { rows: [] }
        : await client.query<{ id: string; draft_id: string; resolved_at: string | null }>(
            'SELECT id, draft_id, resolved_at FROM sync_comments WHERE id = ANY($1::uuid[])',
            [payload.comments.map((comment) => comment.id)],
          );
    const commentPlan = planComments(
      draftId,
      payload.comments,
      new Map<string, StoredComment>(storedComments.rows.map((row) => [row.id, { draftId: row.draft_id, resolvedAt: row.resolved_at }])),
    );
    if (commentPlan.refused) throw new PushRefused(commentPlan.reason);

    // Every new revision in one statement, numbered in the order pushed.
    const signatures = new Map((payload.revisionSignatures ?? []).map((signed) => [signed.revisionId, signed]));
    const added = revisionPlan.add.map(({ revision }) => revision);
    if (added.length > 0) {
      await client.query({
        name: 'push.revisions',
        text: `INSERT INTO sync_revisions (id, draft_id, hash, parents, body, signature, seq, pushed_by, after_signing)
         SELECT r.id, $1, r.hash, r.parents, r.body, r.signature, nextval('sync_seq'), $2, r.after_signing
         FROM (SELECT * FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[]) WITH ORDINALITY
               AS r(id, hash, parents, body, signature, after_signing, n) ORDER BY n) AS r`,
        values: [
          draftId,
          account.id,
          added.map((revision) => revision.id),
          added.map((revision) => revision.hash),
          added.map((revision) => JSON.stringify(revision.parents)),
          added.map((revision) => JSON.stringify(revision)),
          added.map((revision) => (signatures.has(revision.id) ? JSON.stringify(signatures.get(revision.id)) : null)),
          added.map((revision) => afterSigning(signedLine, revision.id)),
        ],
      });
    }
    for (const event of eventPlan.add) {
      await client.query("INSERT INTO sync_events (id, draft_id, body, seq, pushed_by) VALUES ($1, $2, $3, nextval('sync_seq'), $4)", [
        event.id,
        draftId,
        JSON.stringify(event),
        account.id,
      ]);
      await audit(client, now, account.login, `review.${event.action}`, { draftId, eventId: event.id, hash: eventHash(sm2Port, event) });
    }
    await recordRecipients(client, draftId, eventPlan.add);
    for (const comment of commentPlan.add) {
      await client.query("INSERT INTO sync_comments (id, draft_id, body, resolved_at, resolved_by, seq) VALUES ($1, $2, $3, $4, $5, nextval('sync_seq'))", [
        comment.id,
        draftId,
        JSON.stringify(comment),
        comment.resolvedAt,
        comment.resolvedBy,
      ]);
    }
    for (const resolution of commentPlan.resolve) {
      await client.query("UPDATE sync_comments SET resolved_at = $2, resolved_by = $3, seq = nextval('sync_seq') WHERE id = $1", [
        resolution.id,
        resolution.resolvedAt,
        resolution.resolvedBy,
      ]);
    }
    const named = await addDraftEvents(client, account, draftId, payload.draftEvents ?? []);
    if ('refused' in named) throw new PushRefused(named.refused);
    const changed = revisionPlan.add.length + eventPlan.add.length + commentPlan.add.length + commentPlan.resolve.length + named.added;
    if (changed > 0) {
      const head = afterSigning(signedLine, payload.draft.headRevisionId) ? signedLine!.revisionId : payload.draft.headRevisionId;
      const meta = { draft: { ...payload.draft, headRevisionId: head }, case: payload.case ?? null };
      await client.query({
        name: 'push.draft',
        text: "UPDATE sync_drafts SET meta = $2, seq = nextval('sync_seq') WHERE id = $1",
        values: [draftId, JSON.stringify(meta)],
      });
      await audit(client, now, account.login, 'sync.push', {
        draftId,
        revisions: revisionPlan.add.length,
        events: eventPlan.add.length,
        comments: commentPlan.add.length,
      });
    }
    return { revisions: revisionPlan.add.length, events: eventPlan.add.length, comments: commentPlan.add.length };
  });
}
