import type { Db } from '../../db/open';
import { readSnapshot, snapshotHash } from './graph/revisionStore';

export interface DamagedRevision {
  revisionId: string;
  draftId: string;
  message: string;
}

/** Rebuilds every stored revision and proves it against its content hash. */
export function verifyRevisions(db: Db): { checked: number; damaged: DamagedRevision[] } {
  const rows = db.prepare('SELECT id, draft_id AS draftId, hash FROM revisions ORDER BY rowid').all() as { id: string; draftId: string; hash: string }[];
  const damaged: DamagedRevision[] = [];
  for (const row of rows) {
    try {
      if (snapshotHash(readSnapshot(db, row.id)) !== row.hash)
        damaged.push({ revisionId: row.id, draftId: row.draftId, message: `版本 ${row.id} 与校验值不符。` });
    } catch (error) {
      damaged.push({ revisionId: row.id, draftId: row.draftId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { checked: rows.length, damaged };
}
