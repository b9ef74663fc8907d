import type { Payload } from '../../../shared/review/packageFormat';
import type { Db } from '../../db/open';

/** Which of the given revisions this store holds. */
export function heldRevisions(db: Db, ids: readonly string[]): Set<string> {
  const has = db.prepare('SELECT 1 FROM revisions WHERE id = ?');
  return new Set(ids.filter((id) => has.get(id) !== undefined));
}

/**
 * The server keeps an edit made offline on a line that was signed meanwhile as a parallel line (签发后
 * 修改), never as the signed line. Where such a line has just arrived, its tip waits beside the signed
 * text to be compared and merged (待合并), as a line from a package would; call inside the transaction
 * that applied the payload. `heldBefore`: the payload's 签发后修改 revisions this store had before.
 */
export function keepAfterSigningLines(db: Db, payload: Payload, heldBefore: ReadonlySet<string>, time: string): number {
  const marked = new Set(payload.afterSigning ?? []);
  if (marked.size === 0) return 0;
  const parents = new Set(payload.revisions.filter((revision) => marked.has(revision.id)).flatMap((revision) => revision.parents));
  const head = db.prepare('SELECT head_revision_id FROM drafts WHERE id = ?').pluck().get(payload.draft.id) as string | undefined;
  const held = heldRevisions(db, [...marked]);
  const wait = db.prepare('INSERT OR IGNORE INTO pending_merges (draft_id, revision_id, created_at) VALUES (?, ?, ?)');
  let lines = 0;
  for (const id of marked) {
    if (parents.has(id) || heldBefore.has(id) || !held.has(id) || id === head) continue;
    lines += wait.run(payload.draft.id, id, time).changes;
  }
  return lines;
}
