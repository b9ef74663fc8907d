import type pg from 'pg';
import { z } from 'zod';
import { Uuid } from '../../shared/model/draft';
import type { Account } from '../accounts/accounts';
import { inTransaction } from '../accounts/accounts';
import { heldDraftVisible, NOT_YOURS } from '../visibility/visibility';

/** A PC's thinned revisions of one draft: the tombstones its retention run left. */
export const ThinnedSchema = z
  .object({
    format: z.number().int().min(1),
    draftId: Uuid,
    thinned: z.array(z.object({ id: Uuid, at: z.string().min(1).max(40) }).strict()).max(100_000),
  })
  .strict();

/**
 * The server never thins, but it keeps which revisions each account's PC thinned (after the server
 * had them: a connected PC never thins what the server lacks), so the record of where each revision
 * still is stays whole. A tombstone of a revision the server does not hold for that draft is not kept.
 */
export async function recordThinned(
  pool: pg.Pool,
  account: Account,
  request: z.infer<typeof ThinnedSchema>,
): Promise<{ recorded: number } | { refused: string }> {
  return inTransaction(pool, async (client) => {
    // A draft the server lacks has no revision to record as thinned, and gets no empty row either.
    const visible = await heldDraftVisible(client, account, request.draftId);
    if (visible === undefined) return { recorded: 0 };
    if (!visible) return { refused: NOT_YOURS };
    const { rowCount } = await client.query(
      `INSERT INTO sync_revision_tombstones (revision_id, draft_id, thinned_by, thinned_at)
       SELECT t.id, $1, $2, t.at FROM unnest($3::uuid[], $4::text[]) AS t(id, at)
       JOIN sync_revisions r ON r.id = t.id AND r.draft_id = $1
       ON CONFLICT DO NOTHING`,
      [request.draftId, account.id, request.thinned.map((tombstone) => tombstone.id), request.thinned.map((tombstone) => tombstone.at)],
    );
    return { recorded: rowCount ?? 0 };
  });
}
