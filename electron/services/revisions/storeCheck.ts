import type { Db } from '../../db/open';
import { rebuildDraftRevisions, snapshotHash } from './graph/revisionStore';

export interface DamagedRevision {
  revisionId: string;
  draftId: string;
  message: string;
}

/** Rebuilds every stored revision and proves it against its content hash. */
export function verifyRevisions(db: Db): { checked: number; damaged: DamagedRevision[] } {
  const drafts = db.prepare('SELECT DISTINCT draft_id FROM revisions').pluck().all() as string[];
  const damaged: (DamagedRevision & { rowid: number })[] = [];
  let checked = 0;
  for (const draftId of drafts)
    for (const revision of rebuildDraftRevisions(db, draftId)) {
      checked += 1;
      const found = (message: string) => damaged.push({ revisionId: revision.id, draftId, message, rowid: revision.rowid });
      try {
        if (snapshotHash(revision.read()) !== revision.hash) found(`版本 ${revision.id} 与校验值不符。`);
      } catch (error) {
        found(error instanceof Error ? error.message : String(error));
      }
    }
  return { checked, damaged: damaged.sort((a, b) => a.rowid - b.rowid).map(({ revisionId, draftId, message }) => ({ revisionId, draftId, message })) };
}
