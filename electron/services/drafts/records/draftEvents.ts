import { randomUUID } from 'node:crypto';
import { latestWins } from '../../../../shared/merge/latestWins';
import type { ValueEvent } from '../../../../shared/model/valueEvent';
import type { Db } from '../../../db/open';
import { addValueEvents, DRAFT_EVENTS, readValueEvents, takeValueEvents } from '../../../db/valueEventRows';
import { provenRow, provenRows } from '../../../db/rowSums/provenRows';

/**
 * A draft's name and its place in the 回收站 as events that travel with it (by packages and the team
 * server): `name` holds the name (null: the letter's title again), `trash` when it was moved to the
 * 回收站 (null: restored). The latest wins (shared/merge/latestWins), the same on every PC. 彻底删除
 * leaves a tombstone that travels instead, so the draft is not brought back from elsewhere.
 */
export type DraftField = 'name' | 'trash';

export const draftEvents = (db: Db, draftId: string): ValueEvent[] => readValueEvents(db, DRAFT_EVENTS, draftId);

/** Records a change made on this PC. */
export function recordDraftEvent(db: Db, draftId: string, field: DraftField, value: string | null, at: string, by: string): void {
  addValueEvents(db, DRAFT_EVENTS, draftId, [{ id: randomUUID(), field, value, at, by, accepted: null }]);
}

/**
 * Adds the events carried to this PC that it lacks (and when the server accepted its own), then sets
 * the draft's name and 回收站 place to what wins. A field no event speaks of keeps what the draft has.
 */
export function takeDraftEvents(db: Db, draftId: string, carried: readonly ValueEvent[]): void {
  if (takeValueEvents(db, DRAFT_EVENTS, draftId, carried)) settleDraft(db, draftId);
}

/** Sets the draft's name and 回收站 place to what its events decide. */
function settleDraft(db: Db, draftId: string): void {
  const outcome = latestWins(draftEvents(db, draftId));
  const name = outcome.get('name')?.winner;
  if (name) db.prepare('UPDATE drafts SET name = ? WHERE id = ? AND name IS NOT ?').run(name.value, draftId, name.value);
  const trash = outcome.get('trash')?.winner;
  if (trash) db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NOT ?').run(trash.value, draftId, trash.value);
}

/**
 * Runs `work` on a draft as if it were out of the 回收站, then puts it back: what arrives for a
 * trashed draft from the server is kept with it (its history goes into the 回收站 whole), and whether
 * it stays there is for its 回收站 events to say afterwards.
 */
export function withTrashLifted<T>(db: Db, draftId: string, work: () => T): T {
  const deletedAt = db.prepare('SELECT deleted_at FROM drafts WHERE id = ?').pluck().get(draftId) as string | null | undefined;
  if (!deletedAt) return work();
  return db.transaction(() => {
    db.prepare('UPDATE drafts SET deleted_at = NULL WHERE id = ?').run(draftId);
    const result = work();
    db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ?').run(deletedAt, draftId);
    settleDraft(db, draftId);
    return result;
  })();
}

/** The drafts deleted for good here or elsewhere, in the order this PC learnt of it. */
export function purgedDrafts(db: Db): { draftId: string; at: string }[] {
  const rows = db.prepare('SELECT * FROM draft_tombstones ORDER BY rowid').all() as { id: string; purged_at: string }[];
  return provenRows(db, 'draft_tombstones', rows).map((row) => ({ draftId: row.id, at: row.purged_at }));
}

export const isPurged = (db: Db, draftId: string) =>
  provenRow(db, 'draft_tombstones', db.prepare('SELECT * FROM draft_tombstones WHERE id = ?').get(draftId) as object | undefined) !== undefined;

/** 彻底删除: the draft and its whole history (its events too) go; its tombstone stays, to travel. Call inside a transaction. */
export function purgeDraftHere(db: Db, draftId: string, at: string): void {
  db.prepare('DELETE FROM drafts WHERE id = ?').run(draftId);
  db.prepare('INSERT OR IGNORE INTO draft_tombstones (id, purged_at) VALUES (?, ?)').run(draftId, at);
}
