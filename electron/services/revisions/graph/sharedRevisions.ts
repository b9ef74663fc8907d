import { z } from 'zod';
import type { Db } from '../../../db/open';
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

const onServerKey = (draftId: string) => `revisions.onServer.${draftId}`;
const CONNECTED_KEY = 'sync.connected';

/** Revisions the team server has acknowledged or handed out: the server keeps them, so thinning them here loses nothing. */
export function onServerIds(db: Db, draftId: string): Set<string> {
  return new Set(readSetting(db, onServerKey(draftId), Ids) ?? []);
}

export function markOnServer(db: Db, draftId: string, revisionIds: readonly string[]): void {
  const known = onServerIds(db, draftId);
  if (revisionIds.every((id) => known.has(id))) return;
  writeSetting(db, onServerKey(draftId), [...new Set([...known, ...revisionIds])]);
}

/** Once this store has been connected to a team server, a revision the server does not have yet is never thinned. */
export const markConnected = (db: Db) => writeSetting(db, CONNECTED_KEY, true);
export const isConnected = (db: Db) => readSetting(db, CONNECTED_KEY, z.literal(true)) === true;
