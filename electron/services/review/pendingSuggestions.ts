import type { Db } from '../../db/open';

/** Whether a line from a .docx with 修订 (see drafts/suggestionLine.ts) still waits to be settled: a pending merge whose revision is an import. */
export function hasPendingSuggestions(db: Db, draftId: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM pending_merges p JOIN revisions r ON r.id = p.revision_id WHERE p.draft_id = ? AND r.kind = 'import'`).get(draftId) !== undefined
  );
}
