import type pg from 'pg';
import type { Payload, PackageComment, PackageRevision, ReviewEvent } from '../../shared/review/packageFormat';
import type { RevisionSignature } from '../../shared/review/revisionSignature';
import type { Account } from '../accounts/accounts';
import { seesEverything, visibilityParams, visibleSql } from '../visibility/visibility';
import { groupRows } from '../db/groupRows';
import { draftEventsAmong } from './draftEvents';

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
  const { rows: drafts } = await pool.query<{ id: string; meta: string; seq: string; purged_at: string | null }>(
    seesEverything(account)
      ? 'SELECT id, meta, seq, purged_at FROM sync_drafts d WHERE seq > $1 ORDER BY seq LIMIT $2'
      : `SELECT id, meta, seq, purged_at FROM sync_drafts d WHERE seq > $1 AND ${visibleSql('d', '$3', '$4')} ORDER BY seq LIMIT $2`,
    seesEverything(account) ? [after, limit + 1] : [after, limit + 1, ...visibilityParams(account)],
  );
  const more = drafts.length > limit;
  const taken = drafts.slice(0, limit);
  const purged = taken.filter((draft) => draft.purged_at !== null).map((draft) => ({ draftId: draft.id, at: draft.purged_at! }));
  const live = taken.filter((draft) => draft.purged_at === null);
  // One query per table for the whole page, not one per draft: a first sync brings a thousand drafts.
  const ids = live.map((draft) => draft.id);
  const metas = new Map(live.map((draft) => [draft.id, JSON.parse(draft.meta) as Pick<Payload, 'draft' | 'case'>]));
  const heads = [...metas.values()].map((meta) => meta.draft.headRevisionId);
  const [revisions, events, comments, draftEvents] = await Promise.all([
    // Revisions this account's PCs thinned would only be thrown away there; the draft's head stays, its line starts from it.
    pool.query<{ draft_id: string; id: string; body: string; signature: string | null; after_signing: boolean }>(
      `SELECT draft_id, id, body, signature, after_signing FROM sync_revisions r WHERE draft_id = ANY($1::uuid[])
         AND (r.id = ANY($3::uuid[]) OR NOT EXISTS (SELECT 1 FROM sync_revision_tombstones t WHERE t.revision_id = r.id AND t.thinned_by = $2))
       ORDER BY seq`,
      [ids, account.id, heads],
    ),
    pool.query<{ draft_id: string; body: string }>('SELECT draft_id, body FROM sync_events WHERE draft_id = ANY($1::uuid[]) ORDER BY seq', [ids]),
    pool.query<{ draft_id: string; body: string; resolved_at: string | null; resolved_by: string | null }>(
      'SELECT draft_id, body, resolved_at, resolved_by FROM sync_comments WHERE draft_id = ANY($1::uuid[]) ORDER BY seq',
      [ids],
    ),
    draftEventsAmong(pool, ids),
  ]);
  const revisionsOf = groupRows(
    revisions.rows,
    (row) => row.draft_id,
    (row) => row,
  );
  const eventsOf = groupRows(
    events.rows,
    (row) => row.draft_id,
    (row) => JSON.parse(row.body) as ReviewEvent,
  );
  const commentsOf = groupRows(
    comments.rows,
    (row) => row.draft_id,
    (row): PackageComment => ({ ...(JSON.parse(row.body) as PackageComment), resolvedAt: row.resolved_at, resolvedBy: row.resolved_by }),
  );
  const payloads: Payload[] = live.map((draft) => {
    const rows = revisionsOf.get(draft.id) ?? [];
    const meta = metas.get(draft.id)!;
    return {
      ...meta,
      revisions: rows.map((row) => JSON.parse(row.body) as PackageRevision),
      reviewLog: eventsOf.get(draft.id) ?? [],
      comments: commentsOf.get(draft.id) ?? [],
      revisionSignatures: rows.filter((row) => row.signature !== null).map((row) => JSON.parse(row.signature!) as RevisionSignature),
      draftEvents: draftEvents.get(draft.id) ?? [],
      afterSigning: rows.filter((row) => row.after_signing).map((row) => row.id),
    };
  });
  const cursor = taken.length > 0 ? Number(taken[taken.length - 1].seq) : after;
  return { cursor, drafts: payloads, purged, more };
}
