import { z } from 'zod';
import type { Db } from '../../../db/open';
import { provenRows } from '../../../db/rowSums/provenRows';
import { readSetting, writeSetting } from '../../settings/records/settings';

const key = (draftId: string) => `revisions.shared.${draftId}`;
const Ids = z.array(z.string());

/**
 * Revisions that have been in a .dafu package, sent or received: another PC holds them too, so they
 * are never thinned here, and a line the other PC starts from one of them always finds its parent.
 */
export function sharedRevisionIds(db: Db, draftId: string): Set<string> {
  return new Set(readSetting(db, key(draftId), Ids) ?? []);
}

export function markShared(db: Db, draftId: string, revisionIds: readonly string[]): void {
  const known = sharedRevisionIds(db, draftId);
  if (revisionIds.every((id) => known.has(id))) return;
  writeSetting(db, key(draftId), [...new Set([...known, ...revisionIds])]);
}

const CONNECTED_KEY = 'sync.connected';

/** Revisions the team server has acknowledged or handed out: the server keeps them, so thinning them here loses nothing. */
export function onServerIds(db: Db, draftId: string): Set<string> {
  const rows = db.prepare('SELECT * FROM revisions_on_server WHERE draft_id = ?').all(draftId) as { revision_id: string }[];
  return new Set(provenRows(db, 'revisions_on_server', rows).map((row) => row.revision_id));
}

export function markOnServer(db: Db, draftId: string, revisionIds: readonly string[]): void {
  const mark = db.prepare('INSERT OR IGNORE INTO revisions_on_server (draft_id, revision_id) VALUES (?, ?)');
  for (const id of revisionIds) mark.run(draftId, id);
}

/** Once this store has been connected to a team server, a revision the server does not have yet is never thinned. */
export const markConnected = (db: Db) => writeSetting(db, CONNECTED_KEY, true);
export const isConnected = (db: Db) => readSetting(db, CONNECTED_KEY, z.literal(true)) === true;
