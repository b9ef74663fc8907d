import type pg from 'pg';
import type { Payload, PackageComment, PackageRevision, ReviewEvent } from '../../shared/review/packageFormat';
import type { RevisionSignature } from '../../shared/review/revisionSignature';
import type { Account } from '../accounts/accounts';
import { seesEverything, visibilityParams, visibleSql } from '../visibility/visibility';
import { draftEventsOf, tombstonesAmong } from './draftEvents';

/**
 * What a client lacks: every draft changed since its cursor, each as a whole payload (what the
 * desktop's package import takes), in the order the server accepted its events. The cursor is the
 * highest sequence number handed out; a client stores it only once it applied everything.
 */
export async function pullSince(
  pool: pg.Pool,
  account: Account,
  after: number,
  limit = 50,
): Promise<{ cursor: number; drafts: Payload[]; purged: { draftId: string; at: string }[]; more: boolean }> {
  // Only what the account may see (server/visibility): its 科室's drafts, those sent to it, all for the 办公室.
  const { rows: drafts } = await pool.query<{ id: string; meta: string; seq: string }>(
    seesEverything(account)
      ? 'SELECT id, meta, seq FROM sync_drafts d WHERE seq > $1 ORDER BY seq LIMIT $2'
      : `SELECT id, meta, seq FROM sync_drafts d WHERE seq > $1 AND ${visibleSql('d', '$3', '$4')} ORDER BY seq LIMIT $2`,
    seesEverything(account) ? [after, limit + 1] : [after, limit + 1, ...visibilityParams(account)],
  );
  const more = drafts.length > limit;
  const taken = drafts.slice(0, limit);
  const payloads: Payload[] = [];
  const tombstones = await tombstonesAmong(
    pool,
    taken.map((draft) => draft.id),
  );
  const purged = [...tombstones].map(([draftId, at]) => ({ draftId, at }));
  for (const draft of taken) {
    if (tombstones.has(draft.id)) continue;
    const revisions = await pool.query<{ id: string; body: string; signature: string | null; after_signing: boolean }>(
      'SELECT id, body, signature, after_signing FROM sync_revisions WHERE draft_id = $1 ORDER BY seq',
      [draft.id],
    );
    const events = await pool.query<{ body: string }>('SELECT body FROM sync_events WHERE draft_id = $1 ORDER BY seq', [draft.id]);
    const comments = await pool.query<{ body: string; resolved_at: string | null; resolved_by: string | null }>(
      'SELECT body, resolved_at, resolved_by FROM sync_comments WHERE draft_id = $1 ORDER BY seq',
      [draft.id],
    );
    const meta = JSON.parse(draft.meta) as Pick<Payload, 'draft' | 'case'>;
    payloads.push({
      ...meta,
      revisions: revisions.rows.map((row) => JSON.parse(row.body) as PackageRevision),
      reviewLog: events.rows.map((row) => JSON.parse(row.body) as ReviewEvent),
      comments: comments.rows.map((row) => ({ ...(JSON.parse(row.body) as PackageComment), resolvedAt: row.resolved_at, resolvedBy: row.resolved_by })),
      revisionSignatures: revisions.rows.filter((row) => row.signature !== null).map((row) => JSON.parse(row.signature!) as RevisionSignature),
      draftEvents: await draftEventsOf(pool, draft.id),
      afterSigning: revisions.rows.filter((row) => row.after_signing).map((row) => row.id),
    });
  }
  const cursor = taken.length > 0 ? Number(taken[taken.length - 1].seq) : after;
  return { cursor, drafts: payloads, purged, more };
}
